package io.kubeledger.config;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The thresholds of the recommendations, bound from {@code kubeledger.rightsizing.*} (a
 * contract, documented in the docs/configuration.md). The defaults follow the anchors
 * (KRR, VPA, Kubecost) with the larger margins that daily averages need.
 */
public record RightsizingProperties(@DefaultValue Containers containers, @DefaultValue LogTables logTables) {

    /** {@code kubeledger.rightsizing.containers.*}: container CPU and memory requests. */
    public record Containers(@DefaultValue("14") int lookbackDays, @DefaultValue("3") int minDaysObserved,
            @DefaultValue("95") int cpuPercentile, @DefaultValue("0.30") double cpuHeadroom,
            @DefaultValue("0.50") double memoryHeadroom, @DefaultValue("0.010") double minCpuCores,
            @DefaultValue("20MB") DataSize minMemory, @DefaultValue("0.10") double minChangeRatio,
            @DefaultValue("1.00") BigDecimal minMonthlySavings, @DefaultValue("0.002") double abandonedMaxCpuCores,
            @DefaultValue("1MB") DataSize abandonedMaxNetworkPerDay) {
    }

    /** {@code kubeledger.rightsizing.log-tables.*}: Log Analytics table plans. */
    public record LogTables(@DefaultValue("30") int lookbackDays, @DefaultValue("10") BigDecimal basicMinMonthlyGb,
            @DefaultValue("30") long basicMaxMonthlyQueries, @DefaultValue("1.00") BigDecimal minMonthlySavings,
            Path basicEligibleTables) {
    }

    /** What is wrong with these settings, each problem naming its key. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        String c = "kubeledger.rightsizing.containers.";
        if (containers.lookbackDays() < 1 || containers.lookbackDays() > 90) {
            problems.add(c + "lookback-days: must be 1 to 90, was " + containers.lookbackDays());
        }
        if (containers.minDaysObserved() < 1 || containers.minDaysObserved() > containers.lookbackDays()) {
            problems.add(c + "min-days-observed: must be 1 to lookback-days, was " + containers.minDaysObserved());
        }
        if (containers.cpuPercentile() < 1 || containers.cpuPercentile() > 100) {
            problems.add(c + "cpu-percentile: must be 1 to 100, was " + containers.cpuPercentile());
        }
        requireNotNegative(c + "cpu-headroom", containers.cpuHeadroom(), problems);
        requireNotNegative(c + "memory-headroom", containers.memoryHeadroom(), problems);
        requireNotNegative(c + "min-cpu-cores", containers.minCpuCores(), problems);
        requireNotNegative(c + "min-memory", containers.minMemory().toBytes(), problems);
        if (containers.minChangeRatio() < 0 || containers.minChangeRatio() >= 1) {
            problems.add(c + "min-change-ratio: must be at least 0 and below 1, was " + containers.minChangeRatio());
        }
        requireNotNegative(c + "min-monthly-savings", containers.minMonthlySavings().doubleValue(), problems);
        requireNotNegative(c + "abandoned-max-cpu-cores", containers.abandonedMaxCpuCores(), problems);
        requireNotNegative(c + "abandoned-max-network-per-day", containers.abandonedMaxNetworkPerDay().toBytes(),
                problems);
        String t = "kubeledger.rightsizing.log-tables.";
        if (logTables.lookbackDays() < 1 || logTables.lookbackDays() > 90) {
            problems.add(t + "lookback-days: must be 1 to 90, was " + logTables.lookbackDays());
        }
        requireNotNegative(t + "basic-min-monthly-gb", logTables.basicMinMonthlyGb().doubleValue(), problems);
        requireNotNegative(t + "basic-max-monthly-queries", logTables.basicMaxMonthlyQueries(), problems);
        requireNotNegative(t + "min-monthly-savings", logTables.minMonthlySavings().doubleValue(), problems);
        if (logTables.basicEligibleTables() != null && !Files.isReadable(logTables.basicEligibleTables())) {
            problems.add(t + "basic-eligible-tables: no such readable file: "
                    + logTables.basicEligibleTables().toAbsolutePath());
        }
        return problems;
    }

    private static void requireNotNegative(String key, double value, List<String> problems) {
        if (value < 0) {
            problems.add(key + ": must not be negative, was " + value);
        }
    }
}
