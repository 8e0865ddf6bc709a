package io.kubeledger.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a team's cost in a namespace of a cluster buys: its workload by the bill's buckets (compute is CPU, memory and
 * GPU together), its idle capacity, its container logs and monitoring, which add up to its cost there; and how much
 * of what its containers request they use, over the rightsizing's lookback (0 requested: no container requests any).
 */
public record ResourceCost(String team, String cluster, String namespace, BigDecimal compute, BigDecimal storage,
        BigDecimal network, BigDecimal other, BigDecimal idle, BigDecimal logs, double cpuUsed, double cpuRequested,
        double ramUsed, double ramRequested) {

    public BigDecimal cost() {
        return compute.add(storage).add(network).add(other).add(idle).add(logs);
    }

    /** CPU used over requested, or null when nothing is requested. */
    public Double cpuEfficiency() {
        return cpuRequested > 0 ? cpuUsed / cpuRequested : null;
    }

    /** Memory used over requested, or null when nothing is requested. */
    public Double ramEfficiency() {
        return ramRequested > 0 ? ramUsed / ramRequested : null;
    }

    /** Both sums as one, named {@code team} in {@code cluster} / {@code namespace} as given. */
    ResourceCost plus(ResourceCost other, String cluster, String namespace) {
        return new ResourceCost(team, cluster, namespace, compute.add(other.compute), storage.add(other.storage),
                network.add(other.network), this.other.add(other.other), idle.add(other.idle), logs.add(other.logs),
                cpuUsed + other.cpuUsed, cpuRequested + other.cpuRequested, ramUsed + other.ramUsed,
                ramRequested + other.ramRequested);
    }

    /** {@code compute 74 % · storage 4 % · idle 19 % · logs and monitoring 3 %}: the parts of its cost. */
    String parts() {
        List<String> parts = new ArrayList<>();
        BigDecimal cost = cost();
        List<String> names = List.of("compute", "storage", "network", "other", "idle", "logs and monitoring");
        List<BigDecimal> amounts = List.of(compute, storage, network, other, idle, logs);
        for (int i = 0; i < names.size(); i++) {
            if (cost.signum() != 0 && amounts.get(i).signum() != 0) {
                parts.add(String.format(Locale.ROOT, "%s %.0f %%", names.get(i),
                        amounts.get(i).doubleValue() / cost.doubleValue() * 100));
            }
        }
        return String.join(" · ", parts);
    }

    /** {@code CPU 35 % · memory 62 % used}, the requests' share used, or null when nothing is requested. */
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
