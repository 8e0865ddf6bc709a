package io.kubeledger.chargeback;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import io.kubeledger.KubeledgerProperties.Cluster;
import io.kubeledger.ingest.ContainerLogCost;

/**
 * Charges one day of the fleet, exactly (no rounding): every amount that comes in goes out on some team's line.
 * <ol>
 * <li>Workload lines stay with their owner; a shared namespace's lines are held for the split.</li>
 * <li>Container logs go to the namespace's owner ({@link NamespaceOwners}) in the cluster whose resource id the
 * workspace names (case-insensitively); a shared namespace's logs are held for the split. Logs of a cluster that
 * is not configured are part of their workspace's monitoring.</li>
 * <li>Each workspace's monitoring is divided among the configured clusters that use it, in proportion to their
 * workload cost that day (evenly when none has any), and held for the split.</li>
 * <li>What is held is divided within each cluster by {@link SharedCostSplitter}.</li>
 * </ol>
 */
public final class DailyChargeback {

    private final Map<String, Cluster> clustersByResourceId = new HashMap<>();
    private final Map<String, List<Cluster>> clustersByWorkspace = new HashMap<>();
    private final TeamResolver resolver;
    private final SharedCostSplitter splitter;

    public DailyChargeback(List<Cluster> clusters, TeamResolver resolver, SharedCostSplit split) {
        for (Cluster cluster : clusters) {
            clustersByResourceId.put(lower(cluster.resourceId()), cluster);
            if (cluster.hasWorkspace()) {
                clustersByWorkspace.computeIfAbsent(lower(cluster.workspaceId()), k -> new ArrayList<>()).add(cluster);
            }
        }
        this.resolver = resolver;
        this.splitter = new SharedCostSplitter(split);
    }

    public List<ChargeLine> charge(LocalDate day, List<ChargeLine> workload, List<ContainerLogCost> containerLogs,
            List<WorkspaceCost> monitoring) {
        List<ChargeLine> charged = new ArrayList<>();
        Map<String, List<ChargeLine>> heldByCluster = new LinkedHashMap<>();
        for (ChargeLine line : workload) {
            chargeOrHold(line, charged, heldByCluster);
        }
        Map<String, WorkspaceCost> monitoringByWorkspace = new LinkedHashMap<>();
        monitoring.forEach(cost -> monitoringByWorkspace.merge(lower(cost.workspaceId()), cost, WorkspaceCost::plus));
        NamespaceOwners owners = new NamespaceOwners(workload, resolver);
        for (ContainerLogCost logs : containerLogs) {
            Cluster cluster = clustersByResourceId.get(lower(logs.clusterResourceId()));
            if (cluster == null) {
                monitoringByWorkspace.merge(lower(logs.workspaceId()),
                        new WorkspaceCost(logs.workspaceId(), logs.workspaceResourceId(), logs.cost(), logs.sourceRows()),
                        WorkspaceCost::plus);
                continue;
            }
            TeamAssignment owner = owners.of(cluster.name(), logs.namespace());
            chargeOrHold(new ChargeLine(day, cluster.name(), logs.namespace(), owner.team(), owner.costCenter(),
                    CostKind.CONTAINER_LOGS, owner.allocation(), owner.registered(), logs.workspaceResourceId(),
                    logs.cost(), logs.sourceRows()), charged, heldByCluster);
        }
        Map<String, BigDecimal> workloadByCluster = new HashMap<>();
        workload.forEach(line -> workloadByCluster.merge(line.cluster(), line.cost(), BigDecimal::add));
        for (WorkspaceCost workspace : monitoringByWorkspace.values()) {
            holdMonitoring(day, workspace, workloadByCluster, heldByCluster);
        }
        Map<String, SortedMap<TeamAssignment, BigDecimal>> ownersByCluster = ownersOfWorkload(workload);
        heldByCluster.forEach((cluster, held) -> {
            SortedMap<TeamAssignment, BigDecimal> clusterOwners = ownersByCluster.getOrDefault(cluster,
                    Collections.emptySortedMap());
            held.forEach(line -> charged.addAll(splitter.split(line, clusterOwners)));
        });
        return merged(charged);
    }

    private void holdMonitoring(LocalDate day, WorkspaceCost workspace, Map<String, BigDecimal> workloadByCluster,
            Map<String, List<ChargeLine>> heldByCluster) {
        List<Cluster> users = clustersByWorkspace.get(lower(workspace.workspaceId()));
        if (users == null) {
            throw new IllegalStateException("workspace " + workspace.workspaceId() + " is used by no configured cluster");
        }
        List<BigDecimal> parts = ProportionalSplit.split(workspace.cost(), users.stream()
                .map(cluster -> workloadByCluster.getOrDefault(cluster.name(), BigDecimal.ZERO)).toList());
        for (int i = 0; i < users.size(); i++) {
            TeamAssignment shared = TeamAssignment.shared();
            heldByCluster.computeIfAbsent(users.get(i).name(), k -> new ArrayList<>()).add(new ChargeLine(day,
                    users.get(i).name(), "", shared.team(), shared.costCenter(), CostKind.MONITORING,
                    shared.allocation(), shared.registered(), workspace.workspaceResourceId(), parts.get(i),
                    workspace.sourceRows()));
        }
    }

    private static void chargeOrHold(ChargeLine line, List<ChargeLine> charged,
            Map<String, List<ChargeLine>> heldByCluster) {
        if (line.allocation() == AllocationMethod.SHARED) {
            heldByCluster.computeIfAbsent(line.cluster(), k -> new ArrayList<>()).add(line);
        } else {
            charged.add(line);
        }
    }

    /** Each cluster's owners of workload and their cost, in one pass over the day (a pass per cluster grew as n²). */
    private static Map<String, SortedMap<TeamAssignment, BigDecimal>> ownersOfWorkload(List<ChargeLine> workload) {
        Map<String, SortedMap<TeamAssignment, BigDecimal>> owners = new HashMap<>();
        for (ChargeLine line : workload) {
            if (line.allocation() != AllocationMethod.SHARED) {
                owners.computeIfAbsent(line.cluster(), cluster -> new TreeMap<>(TeamAssignment.ORDER))
                        .merge(line.assignment(), line.cost(), BigDecimal::add);
            }
        }
        return owners;
    }

    /** Parts of different shared costs can land on the same line of the lake: they are added up. */
    private static List<ChargeLine> merged(List<ChargeLine> lines) {
        Map<ChargeLine, ChargeLine> byKey = new LinkedHashMap<>();
        for (ChargeLine line : lines) {
            byKey.merge(line.key(), line, (a, b) -> new ChargeLine(a.day(), a.cluster(), a.namespace(), a.team(),
                    a.costCenter(), a.costKind(), a.allocation(), a.teamRegistered(), a.workspaceResourceId(),
                    a.cost().add(b.cost()), a.sourceRows() + b.sourceRows()));
        }
        return new ArrayList<>(byKey.values());
    }

    private static String lower(String id) {
        return id.toLowerCase(Locale.ROOT);
    }
}
