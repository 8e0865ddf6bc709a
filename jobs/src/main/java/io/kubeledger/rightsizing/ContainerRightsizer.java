package io.kubeledger.rightsizing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

import io.kubeledger.config.RightsizingProperties.Containers;

/**
 * Recommends a container's CPU and memory requests over its lookback window: on the raw
 * usage Prometheus saw where its cluster has a monitor workspace, else on OpenCost's
 * daily averages.
 *
 * <p>
 * On Prometheus, CPU is sized on a percentile of the 5-minute usage rate, memory on the
 * highest working set, each with its headroom and never below what was seen; a container
 * OOM-killed in the lookback gets more memory, never less. Daily averages hide the peaks
 * within a day, so on them a recommendation is never below the highest daily average of
 * any pod in the last {@value #RECENT_DAYS} days, CPU is sized on a percentile of the
 * daily peaks, memory on their maximum: an idle core costs a little, an OOM kill costs an
 * outage.
 */
public final class ContainerRightsizer {

    /** The days whose highest daily average no recommendation may go below. */
    public static final int RECENT_DAYS = 7;

    private final Containers thresholds;

    private final LocalDate reportDate;

    public ContainerRightsizer(Containers thresholds, LocalDate reportDate) {
        this.thresholds = thresholds;
        this.reportDate = reportDate;
    }

    /**
     * The recommendation for a container, or none when it was seen on too few days to
     * judge, or not in the last {@value #RECENT_DAYS} days (it is gone), or its saving
     * does not fit the lake.
     */
    public Optional<ContainerRecommendation> recommend(ContainerKey key, String team, List<ContainerSample> samples) {
        return recommend(key, team, samples, null);
    }

    /**
     * The same, sized on what Prometheus saw of the container ({@code observed}) where it
     * is not null.
     */
    public Optional<ContainerRecommendation> recommend(ContainerKey key, String team, List<ContainerSample> samples,
            ObservedPeaks observed) {
        return judge(key, team, samples, observed).filter(r -> MonthlyRate.fitsTheLake(r.monthlySavings()));
    }

    private Optional<ContainerRecommendation> judge(ContainerKey key, String team, List<ContainerSample> samples,
            ObservedPeaks observed) {
        TreeMap<LocalDate, List<ContainerSample>> byDay = new TreeMap<>();
        samples.forEach(sample -> byDay.computeIfAbsent(sample.day(), day -> new ArrayList<>()).add(sample));
        LocalDate recentStart = reportDate.minusDays(RECENT_DAYS - 1L);
        LocalDate lastDay = byDay.lastKey();
        if (byDay.size() < thresholds.minDaysObserved() || lastDay.isBefore(recentStart)) {
            return Optional.empty();
        }
        List<ContainerSample> latest = byDay.get(lastDay);
        Usage cpu = new Usage(byDay, recentStart, ContainerSample::cpuUsageCores,
                max(latest, ContainerSample::cpuRequestCores));
        Usage ram = new Usage(byDay, recentStart, ContainerSample::ramUsageBytes,
                max(latest, ContainerSample::ramRequestBytes));
        Sizing sizing = observed == null ? new Sizing(sizeCpu(cpu), sizeMemory(ram), cpu.recentPeak(), ram.recentPeak())
                : observedSizing(observed, cpu, ram);
        double cpuSized = sizing.cpu();
        double ramSized = sizing.memory();
        double cpuTarget = target(cpu.request(), cpuSized, sizing.cpuSeen());
        double ramTarget = target(ram.request(), ramSized, sizing.memorySeen());
        if (observed != null && observed.oomKilledPodDays() > 0) {
            ramTarget = Quantities
                .ceilToMebibytes(Math.max(ramSized, ram.request() * (1 + thresholds.memoryHeadroom())));
        }
        int days = byDay.size();

        if (abandoned(samples, days) && !busyOnPrometheus(observed)) {
            BigDecimal wholeCost = samples.stream()
                .map(s -> s.cpuCost().add(s.ramCost()))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
            return Optional.of(recommendation(key, team, days, cpu, ram, observed, cpuSized, ramSized,
                    MonthlyRate.inCents(wholeCost, days), RequestAction.ABANDONED,
                    String.format(Locale.ROOT,
                            "CPU averaged %s cores and network %s a day over %d days: nothing seems to use it",
                            decimal(cpu.average()), Quantities.bytes(networkPerDay(samples, days)), days)));
        }
        BigDecimal savings = MonthlyRate.inCents(savings(samples, cpuTarget, cpu.request(),
                ContainerSample::cpuUsageCores, ContainerSample::cpuRequestCores, ContainerSample::cpuCost)
            .add(savings(samples, ramTarget, ram.request(), ContainerSample::ramUsageBytes,
                    ContainerSample::ramRequestBytes, ContainerSample::ramCost)),
                days);
        boolean smaller = cpuTarget < cpu.request() || ramTarget < ram.request();
        if (cpuTarget > cpu.request() || ramTarget > ram.request()) {
            // At risk, so always changed; raising one resource while lowering the other
            // is a resize, which may save
            // money (raising memory while halving CPU) or cost it.
            return Optional.of(recommendation(key, team, days, cpu, ram, observed, cpuTarget, ramTarget, savings,
                    smaller ? RequestAction.RESIZE : RequestAction.UPSIZE,
                    changes(cpu, ram, observed, cpuTarget, ramTarget) + ": " + risk(cpu, ram, observed)
                            + throttling(observed)));
        }
        if (smaller && savings.compareTo(thresholds.minMonthlySavings()) >= 0) {
            return Optional.of(recommendation(key, team, days, cpu, ram, observed, cpuTarget, ramTarget, savings,
                    RequestAction.DOWNSIZE, changes(cpu, ram, observed, cpuTarget, ramTarget) + throttling(observed)));
        }
        String reason = smaller ? "the saving, " + savings.toPlainString() + " a month, is below min-monthly-savings"
                : "the requests fit the usage";
        return Optional.of(recommendation(key, team, days, cpu, ram, observed, cpu.request(), ram.request(),
                BigDecimal.ZERO.setScale(2), RequestAction.KEEP, reason + throttling(observed)));
    }

    /**
     * What a container's requests are sized to, and the usage no request may fall below
     * without the container being at risk: the recent peaks of the daily averages, or the
     * percentile and maximum Prometheus saw.
     */
    private record Sizing(double cpu, double memory, double cpuSeen, double memorySeen) {
    }

    /**
     * The sizing on what Prometheus saw, never below the recent days' highest daily
     * average either: a workload busy for an hour a day has a low 5-minute percentile,
     * and a request below its daily average would starve it.
     */
    private Sizing observedSizing(ObservedPeaks observed, Usage cpu, Usage ram) {
        double cpuSeen = Math.max(observed.cpuPercentileCores(), cpu.recentPeak());
        double memorySeen = Math.max(observed.ramMaxBytes(), ram.recentPeak());
        return new Sizing(Quantities.ceilToMillicores(Math.max(sizeCpu(observed.cpuPercentileCores()), cpuSeen)),
                Quantities.ceilToMebibytes(Math.max(sizeMemory(observed.ramMaxBytes()), memorySeen)), cpuSeen,
                memorySeen);
    }

    /**
     * Prometheus' percentile with headroom, never below the floor; the sizing rounds it
     * up once, with what was seen.
     */
    private double sizeCpu(double percentile) {
        return Math.max(percentile * (1 + thresholds.cpuHeadroom()), thresholds.minCpuCores());
    }

    /**
     * Prometheus' highest working set with headroom, never below the floor; the sizing
     * rounds it up once, with what was seen.
     */
    private double sizeMemory(double max) {
        return Math.max(max * (1 + thresholds.memoryHeadroom()), thresholds.minMemory().toBytes());
    }

    /**
     * A percentile of the daily peaks with headroom, never below the recent peak nor the
     * floor.
     */
    private double sizeCpu(Usage cpu) {
        return Quantities.ceilToMillicores(Math
            .max(Math.max(cpu.percentileOfDailyPeaks(thresholds.cpuPercentile()) * (1 + thresholds.cpuHeadroom()),
                    cpu.recentPeak()), thresholds.minCpuCores()));
    }

    /**
     * The highest daily peak with (more) headroom, never below the recent peak nor the
     * floor.
     */
    private double sizeMemory(Usage ram) {
        return Quantities
            .ceilToMebibytes(Math.max(Math.max(ram.peak() * (1 + thresholds.memoryHeadroom()), ram.recentPeak()),
                    thresholds.minMemory().toBytes()));
    }

    /**
     * The request a resource should have: the sized value when the change matters, the
     * current request otherwise. A missing request, or usage seen above it, always
     * matters: the container is at risk.
     */
    private double target(double request, double sized, double seen) {
        if (sized > request
                && (request == 0 || seen > request || sized > request * (1 + thresholds.minChangeRatio()))) {
            return sized;
        }
        if (sized < request * (1 - thresholds.minChangeRatio())) {
            return sized;
        }
        return request;
    }

    private boolean abandoned(List<ContainerSample> samples, int days) {
        double cpuAverage = samples.stream().mapToDouble(ContainerSample::cpuUsageCores).average().orElse(0);
        return cpuAverage <= thresholds.abandonedMaxCpuCores()
                && networkPerDay(samples, days) <= thresholds.abandonedMaxNetworkPerDay().toBytes();
    }

    /**
     * Whether Prometheus saw a container work that its daily averages call abandoned:
     * bursts above the abandoned CPU at the percentile, or an OOM kill.
     */
    private boolean busyOnPrometheus(ObservedPeaks observed) {
        return observed != null && (observed.cpuPercentileCores() > thresholds.abandonedMaxCpuCores()
                || observed.oomKilledPodDays() > 0);
    }

    private static double networkPerDay(List<ContainerSample> samples, int days) {
        return samples.stream().mapToDouble(ContainerSample::networkBytes).sum() / days;
    }

    /**
     * What moving from the current request to {@code target} saves over the samples, at
     * each sample's own price: OpenCost bills the larger of request and usage, so a
     * sample's price is its cost over that quantity, and after the change it would bill
     * the larger of target and usage.
     */
    private static BigDecimal savings(List<ContainerSample> samples, double target, double currentRequest,
            ToDoubleFunction<ContainerSample> usage, ToDoubleFunction<ContainerSample> request,
            Function<ContainerSample, BigDecimal> cost) {
        // Consecutive samples with the same change (the same request, usage below the
        // target) are priced together:
        // sum(cost × change) is exactly sum(cost) × change, and the change's decimal is
        // made once.
        BigDecimal total = BigDecimal.ZERO;
        double change = 0;
        BigDecimal costAtChange = BigDecimal.ZERO;
        for (ContainerSample sample : samples) {
            double used = usage.applyAsDouble(sample);
            double billed = Math.max(request.applyAsDouble(sample), used);
            double next = billed > 0 ? (Math.max(currentRequest, used) - Math.max(target, used)) / billed : 0;
            if (next != change) {
                total = priced(total, costAtChange, change);
                change = next;
                costAtChange = BigDecimal.ZERO;
            }
            costAtChange = costAtChange.add(cost.apply(sample));
        }
        return priced(total, costAtChange, change);
    }

    /**
     * Adds cost × change; a sample the change does not touch adds nothing (most samples
     * of a request that is kept).
     */
    private static BigDecimal priced(BigDecimal total, BigDecimal cost, double change) {
        return change == 0 ? total : total.add(cost.multiply(BigDecimal.valueOf(change)));
    }

    /**
     * The changed requests with the usage that sized them, e.g. "CPU 1.2 → 260m (p95 of
     * daily peaks 0.2 cores)".
     */
    private String changes(Usage cpu, Usage ram, ObservedPeaks observed, double cpuTarget, double ramTarget) {
        if (observed != null) {
            return observedChanges(cpu, ram, observed, cpuTarget, ramTarget);
        }
        List<String> changes = new ArrayList<>();
        if (cpuTarget != cpu.request()) {
            changes.add(String.format(Locale.ROOT, "CPU %s → %s (p%d of daily peaks %s cores, last %d days' peak %s)",
                    Quantities.cpu(cpu.request()), Quantities.cpu(cpuTarget), thresholds.cpuPercentile(),
                    decimal(cpu.percentileOfDailyPeaks(thresholds.cpuPercentile())), RECENT_DAYS,
                    decimal(cpu.recentPeak())));
        }
        if (ramTarget != ram.request()) {
            changes.add(String.format(Locale.ROOT, "memory %s → %s (peak daily average %s)",
                    Quantities.memory(ram.request()), Quantities.memory(ramTarget), Quantities.bytes(ram.peak())));
        }
        return String.join("; ", changes);
    }

    /**
     * The changed requests with the raw usage that sized them, e.g. "CPU 200m → 1.3 (p95
     * of 5-minute usage 1 cores, Prometheus)".
     */
    private String observedChanges(Usage cpu, Usage ram, ObservedPeaks observed, double cpuTarget, double ramTarget) {
        List<String> changes = new ArrayList<>();
        if (cpuTarget != cpu.request()) {
            changes.add(String.format(Locale.ROOT, "CPU %s → %s (p%d of 5-minute usage %s cores, Prometheus)",
                    Quantities.cpu(cpu.request()), Quantities.cpu(cpuTarget), thresholds.cpuPercentile(),
                    decimal(observed.cpuPercentileCores())));
        }
        if (ramTarget != ram.request()) {
            changes.add(String.format(Locale.ROOT, "memory %s → %s (highest working set %s, Prometheus)",
                    Quantities.memory(ram.request()), Quantities.memory(ramTarget),
                    Quantities.bytes(observed.ramMaxBytes())));
        }
        return String.join("; ", changes);
    }

    /**
     * Where Prometheus saw the container throttled, how often: a CPU limit, not the
     * request, is what throttles it.
     */
    private static String throttling(ObservedPeaks observed) {
        Double share = observed == null ? null : observed.throttledShare();
        return share == null || share == 0 ? ""
                : String.format(Locale.ROOT, "; CPU throttled in %.1f %% of its periods (its limit)", share * 100);
    }

    /**
     * Why an upsize matters: an OOM kill or usage above the request is a risk today, too
     * little headroom one tomorrow.
     */
    private static String risk(Usage cpu, Usage ram, ObservedPeaks observed) {
        if (observed != null) {
            return observedRisk(cpu, ram, observed);
        }
        if (ram.request() == 0 || ram.recentPeak() > ram.request()) {
            return "memory use exceeds its request, at risk of eviction and OOM kills";
        }
        if (cpu.request() == 0 || cpu.recentPeak() > cpu.request()) {
            return "CPU use exceeds its request, at risk of starving on a busy node";
        }
        return "too little headroom above the daily averages, which hide the peaks within a day";
    }

    private static String observedRisk(Usage cpu, Usage ram, ObservedPeaks observed) {
        if (observed.oomKilledPodDays() > 0) {
            return "OOM-killed on " + observed.oomKilledPodDays() + " pod-day(s) of the lookback: memory is raised, "
                    + "never lowered";
        }
        if (ram.request() == 0 || observed.ramMaxBytes() > ram.request()) {
            return "its memory working set exceeds its request, at risk of eviction and OOM kills";
        }
        if (cpu.request() == 0 || observed.cpuPercentileCores() > cpu.request()) {
            return "its CPU use exceeds its request, at risk of starving on a busy node";
        }
        return "too little headroom above the usage Prometheus saw";
    }

    private static ContainerRecommendation recommendation(ContainerKey key, String team, int days, Usage cpu, Usage ram,
            ObservedPeaks observed, double cpuRecommended, double ramRecommended, BigDecimal savings,
            RequestAction action, String reason) {
        return new ContainerRecommendation(key, team, days, cpu.request(), cpu.average(), cpu.peak(), cpuRecommended,
                ram.request(), ram.average(), ram.peak(), ramRecommended, savings, action, reason, observed);
    }

    private static double max(List<ContainerSample> samples, ToDoubleFunction<ContainerSample> value) {
        return samples.stream().mapToDouble(value).max().orElse(0);
    }

    private static String decimal(double value) {
        return BigDecimal.valueOf(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
    }

}
