package io.kubeledger.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a team's cost in a namespace of a cluster buys: its workload by resource (compute,
 * as CPU, memory and GPU where the lake's {@code compute} dataset splits it, storage,
 * network, other), its idle capacity, its Log Analytics ({@code logs}: container logs and
 * monitoring), its other monitoring ({@code monitoring}: Managed Prometheus, Grafana, the
 * other monitoring resources), and the corrections of earlier periods, which add up to
 * its cost there; and how much of what its containers request they use, over the
 * rightsizing's lookback (0 requested: no container requests any). {@code cpu},
 * {@code memory} and {@code gpu} are null where the split is unknown (a run written
 * before the lake kept it; until 1.0.0, docs/lake.md): {@code compute} is then shown
 * whole.
 */
public record ResourceCost(String team, String cluster, String namespace, BigDecimal compute, BigDecimal cpu,
        BigDecimal memory, BigDecimal gpu, BigDecimal storage, BigDecimal network, BigDecimal other, BigDecimal idle,
        BigDecimal logs, BigDecimal monitoring, BigDecimal corrections, double cpuUsed, double cpuRequested,
        double ramUsed, double ramRequested) {

    private static final int SCALE = 12;

    /**
     * The compute cost split in the proportions of the namespace's CPU, memory and GPU
     * costs, the parts adding up to it (memory takes the rounding's rest); unknown when
     * the proportions are (null), or all zero with a cost.
     */
    static BigDecimal[] split(BigDecimal compute, BigDecimal[] proportions) {
        if (proportions == null) {
            return null;
        }
        BigDecimal whole = proportions[0].add(proportions[1]).add(proportions[2]);
        if (whole.signum() == 0) {
            return compute.signum() == 0 ? new BigDecimal[] { compute, BigDecimal.ZERO, BigDecimal.ZERO } : null;
        }
        BigDecimal cpu = compute.multiply(proportions[0]).divide(whole, SCALE, RoundingMode.HALF_EVEN);
        BigDecimal gpu = compute.multiply(proportions[2]).divide(whole, SCALE, RoundingMode.HALF_EVEN);
        return new BigDecimal[] { cpu, compute.subtract(cpu).subtract(gpu), gpu };
    }

    public BigDecimal cost() {
        return compute.add(storage).add(network).add(other).add(idle).add(logs).add(monitoring).add(corrections);
    }

    /** CPU used over requested, or null when nothing is requested. */
    public Double cpuEfficiency() {
        return cpuRequested > 0 ? cpuUsed / cpuRequested : null;
    }

    /** Memory used over requested, or null when nothing is requested. */
    public Double ramEfficiency() {
        return ramRequested > 0 ? ramUsed / ramRequested : null;
    }

    /**
     * Both sums as one, named {@code team} in {@code cluster} / {@code namespace} as
     * given.
     */
    ResourceCost plus(ResourceCost other, String cluster, String namespace) {
        boolean split = cpu != null && other.cpu != null;
        return new ResourceCost(team, cluster, namespace, compute.add(other.compute), split ? cpu.add(other.cpu) : null,
                split ? memory.add(other.memory) : null, split ? gpu.add(other.gpu) : null, storage.add(other.storage),
                network.add(other.network), this.other.add(other.other), idle.add(other.idle), logs.add(other.logs),
                monitoring.add(other.monitoring), corrections.add(other.corrections), cpuUsed + other.cpuUsed,
                cpuRequested + other.cpuRequested, ramUsed + other.ramUsed, ramRequested + other.ramRequested);
    }

    /**
     * {@code CPU 50 % · memory 20 % · storage 4 % · idle 19 % · Log Analytics 3 %}: the
     * parts of its cost.
     */
    String parts() {
        List<String> names = new ArrayList<>();
        List<BigDecimal> amounts = new ArrayList<>();
        if (cpu != null) {
            names.addAll(List.of("CPU", "memory", "GPU"));
            amounts.addAll(List.of(cpu, memory, gpu));
        }
        else {
            names.add("compute");
            amounts.add(compute);
        }
        names
            .addAll(List.of("storage", "network", "other", "idle", "Log Analytics", "other monitoring", "corrections"));
        amounts.addAll(List.of(storage, network, other, idle, logs, monitoring, corrections));
        List<String> parts = new ArrayList<>();
        BigDecimal cost = cost();
        for (int i = 0; i < names.size(); i++) {
            if (cost.signum() != 0 && amounts.get(i).signum() != 0) {
                parts.add(String.format(Locale.ROOT, "%s %.0f %%", names.get(i),
                        amounts.get(i).doubleValue() / cost.doubleValue() * 100));
            }
        }
        return String.join(" · ", parts);
    }

    /**
     * {@code CPU 35 % · memory 62 % used}, the requests' share used, or null when nothing
     * is requested.
     */
    String used() {
        List<String> used = new ArrayList<>();
        if (cpuEfficiency() != null) {
            used.add(String.format(Locale.ROOT, "CPU %.0f %%", cpuEfficiency() * 100));
        }
        if (ramEfficiency() != null) {
            used.add(String.format(Locale.ROOT, "memory %.0f %%", ramEfficiency() * 100));
        }
        return used.isEmpty() ? null : String.join(" · ", used) + " used";
    }
}
