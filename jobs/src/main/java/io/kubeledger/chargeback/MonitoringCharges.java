package io.kubeledger.chargeback;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

import io.kubeledger.config.KubeledgerProperties.Cluster;
import io.kubeledger.config.KubeledgerProperties.MonitorWorkspace;
import io.kubeledger.config.KubeledgerProperties.MonitoringResource;
import io.kubeledger.ingest.IngestedSamples;
import io.kubeledger.ingest.MonthBill;

/**
 * A day's bill of the monitor workspaces and the monitoring resources, charged exactly,
 * where the bill covers them that day (neither has a price-list estimate).
 * <ul>
 * <li>A monitor workspace's bill is divided among the clusters that write to it in
 * proportion to the samples each stored that day, and a cluster's part among its
 * namespaces the same way ({@link IngestedSamples}): a namespace's part is its owner's
 * ({@link CostKind#METRICS}), the part of series without a namespace the cluster's shared
 * monitoring. With no sample at all, the clusters share it evenly.</li>
 * <li>A monitoring resource's bill is divided evenly among the clusters it serves, as
 * each cluster's shared monitoring: it serves each alike.</li>
 * </ul>
 * Both divide among every configured cluster of a workspace or resource, the run's or
 * not, and charge the run's clusters their parts, each rounded to the lake's digits (the
 * parts adding up to the bill) and then reconciled on its own
 * ({@link #roundedPerCluster}): a shard of the fleet charges the same parts as a run of
 * the whole fleet, and the shards' parts add up to the bill.
 */
final class MonitoringCharges {

    /** What the chargeback knows of the fleet's monitoring beside Log Analytics. */
    record Setup(List<Cluster> configuredClusters, List<MonitorWorkspace> workspaces,
            List<MonitoringResource> resources, IngestedSamples samples) {

        static final Setup NONE = new Setup(List.of(), List.of(), List.of(), null);

    }

    /**
     * A billed resource and every configured cluster it is divided among; a monitor
     * workspace's {@code workspace}, null for a monitoring resource.
     */
    private record Shared(String resourceId, List<Cluster> clusters, MonitorWorkspace workspace) {

        boolean is(String id) {
            return resourceId.equalsIgnoreCase(id);
        }
    }

    private final List<Shared> shared = new ArrayList<>();

    private final Set<String> runClusters;

    private final IngestedSamples samples;

    private final MonthBill bill;

    MonitoringCharges(Setup setup, List<Cluster> runClusters, MonthBill bill) {
        for (MonitorWorkspace workspace : setup.workspaces()) {
            List<Cluster> writers = setup.configuredClusters()
                .stream()
                .filter(cluster -> workspace.name().equals(cluster.monitorWorkspace()))
                .toList();
            if (!writers.isEmpty()) {
                shared.add(new Shared(workspace.resourceId(), writers, workspace));
            }
        }
        setup.resources()
            .forEach(resource -> shared
                .add(new Shared(resource.resourceId(), resource.servedOf(setup.configuredClusters()), null)));
        this.runClusters = runClusters.stream().map(Cluster::name).collect(Collectors.toSet());
        this.samples = setup.samples();
        this.bill = bill;
    }

    /**
     * The day's lines of the run's clusters, billed: a namespace's metrics with its owner
     * (held for the split when the namespace is shared, as {@code chargeOrHold} does),
     * shared monitoring with team {@code shared}, held.
     */
    List<ChargeLine> lines(LocalDate day, NamespaceOwners owners) {
        List<ChargeLine> lines = new ArrayList<>();
        for (Shared resource : shared) {
            Optional<BigDecimal> billed = bill.workspace(resource.resourceId(), day);
            if (billed.isEmpty() || resource.clusters().stream().noneMatch(c -> runClusters.contains(c.name()))) {
                continue;
            }
            if (resource.workspace() == null) {
                List<BigDecimal> parts = evenly(billed.get(), resource.clusters().size());
                forRunClusters(resource, parts,
                        (cluster, part) -> lines.add(sharedMonitoring(day, cluster, resource, part)));
            }
            else {
                lines.addAll(metrics(day, resource, billed.get(), owners));
            }
        }
        return lines;
    }

    private List<ChargeLine> metrics(LocalDate day, Shared workspace, BigDecimal billed, NamespaceOwners owners) {
        Map<String, Map<String, Long>> byCluster = new LinkedHashMap<>();
        workspace.clusters()
            .forEach(cluster -> byCluster.put(cluster.name(),
                    samples.byNamespace(workspace.workspace(), cluster.name(), day)));
        List<BigDecimal> parts = CostRounding.round(ProportionalSplit.split(billed, byCluster.values()
            .stream()
            .map(namespaces -> BigDecimal.valueOf(namespaces.values().stream().mapToLong(Long::longValue).sum()))
            .toList()), ChargebackTasklet.COST_SCALE);
        List<ChargeLine> lines = new ArrayList<>();
        forRunClusters(workspace, parts, (cluster, part) -> {
            Map<String, Long> namespaces = byCluster.get(cluster);
            if (namespaces.isEmpty()) {
                lines.add(sharedMonitoring(day, cluster, workspace, part));
                return;
            }
            List<String> names = List.copyOf(namespaces.keySet());
            List<BigDecimal> shares = ProportionalSplit.split(part,
                    names.stream().map(name -> BigDecimal.valueOf(namespaces.get(name))).toList());
            for (int i = 0; i < names.size(); i++) {
                String namespace = names.get(i);
                if (namespace.equals(IngestedSamples.NO_NAMESPACE)) {
                    lines.add(sharedMonitoring(day, cluster, workspace, shares.get(i)));
                }
                else {
                    TeamAssignment owner = owners.of(cluster, namespace);
                    lines.add(new ChargeLine(day, cluster, namespace, owner.team(), owner.costCenter(),
                            CostKind.METRICS, null, owner.allocation(), owner.registered(), workspace.resourceId(),
                            CostStatus.BILLED, shares.get(i), 0));
                }
            }
        });
        return lines;
    }

    /**
     * The ids (lower case) of the resources whose lines a day reconciles per cluster,
     * each cluster's part with itself: they may span shards.
     */
    Set<String> roundedPerCluster() {
        return shared.stream()
            .map(resource -> resource.resourceId().toLowerCase(Locale.ROOT))
            .collect(Collectors.toSet());
    }

    /** An amount in even parts, to the lake's digits, adding up to it. */
    private static List<BigDecimal> evenly(BigDecimal amount, int parts) {
        return CostRounding.round(ProportionalSplit.split(amount, Collections.nCopies(parts, BigDecimal.ONE)),
                ChargebackTasklet.COST_SCALE);
    }

    /** Hands each of the run's clusters its part, the parts in the resource's order. */
    private void forRunClusters(Shared resource, List<BigDecimal> parts, BiConsumer<String, BigDecimal> part) {
        for (int i = 0; i < parts.size(); i++) {
            String cluster = resource.clusters().get(i).name();
            if (runClusters.contains(cluster)) {
                part.accept(cluster, parts.get(i));
            }
        }
    }

    private static ChargeLine sharedMonitoring(LocalDate day, String cluster, Shared resource, BigDecimal cost) {
        TeamAssignment shared = TeamAssignment.shared();
        return new ChargeLine(day, cluster, "", shared.team(), shared.costCenter(), CostKind.MONITORING, null,
                shared.allocation(), shared.registered(), resource.resourceId(), CostStatus.BILLED, cost, 0);
    }

    /**
     * The corrections of earlier periods of the monitor workspaces and monitoring
     * resources, each divided evenly among every configured cluster it is divided among
     * (the samples of earlier periods are not read), and handed with the run's clusters'
     * parts to {@code part}; false for a resource id that is none of them.
     */
    boolean correction(String resourceId, BigDecimal cost, BiConsumer<String, BigDecimal> part) {
        for (Shared resource : shared) {
            if (resource.is(resourceId)) {
                forRunClusters(resource, evenly(cost, resource.clusters().size()), part);
                return true;
            }
        }
        return false;
    }

}
