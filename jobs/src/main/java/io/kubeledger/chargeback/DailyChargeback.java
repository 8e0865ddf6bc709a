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
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

import io.kubeledger.config.KubeledgerProperties.Cluster;
import io.kubeledger.config.KubeledgerProperties.Workspace;
import io.kubeledger.config.SharedCostSplit;
import io.kubeledger.ingest.BillBucket;
import io.kubeledger.ingest.ContainerLogCost;
import io.kubeledger.ingest.MonthBill;
import io.kubeledger.ingest.WorkspaceCost;

/**
 * Charges one day of the fleet, exactly (no rounding): every amount that comes in goes
 * out on some team's line.
 * <ol>
 * <li>Log costs of the workspaces the bill covers that day are scaled to their bill
 * ({@link WorkspaceBills}).</li>
 * <li>Workload lines stay with their owner; a shared namespace's lines are held for the
 * split. Those of a cluster the bill covers that day are {@link CostStatus#BILLED}.</li>
 * <li>Container logs go to the namespace's owner ({@link NamespaceOwners}) in the cluster
 * whose resource id the workspace names (case-insensitively); a shared namespace's logs
 * are held for the split. Logs of a cluster that is not configured are part of their
 * workspace's monitoring.</li>
 * <li>The monitor workspaces' and monitoring resources' bills are divided by
 * {@link MonitoringCharges}: a namespace's metrics go to its owner (a shared namespace's
 * are held), shared monitoring is held.</li>
 * <li>Each workspace's monitoring is divided among the configured clusters that use it,
 * in proportion to their workload cost that day (evenly when none has any), and held for
 * the split.</li>
 * <li>What is held is divided within each cluster by {@link SharedCostSplitter}.</li>
 * <li>A cluster the bill covers that day is charged its idle cost ({@link IdleCosts}):
 * its workload and idle lines add up to its bill.</li>
 * </ol>
 */
public final class DailyChargeback {

    /** How shared and idle costs are divided. */
    public record Splits(SharedCostSplit shared, SharedCostSplit idle) {
    }

    private final Map<String, Cluster> clustersByResourceId = new HashMap<>();

    private final Map<String, List<Cluster>> clustersByWorkspace = new HashMap<>();

    private final Map<String, List<Cluster>> clustersByWorkspaceResourceId = new HashMap<>();

    private final List<Cluster> clusters;

    private final TeamResolver resolver;

    private final SharedCostSplitter splitter;

    private final IdleCosts idle;

    private final WorkspaceBills workspaceBills;

    private final MonthBill bill;

    private final MonitoringCharges monitoringCharges;

    public DailyChargeback(List<Cluster> clusters, List<Workspace> workspaces, TeamResolver resolver, Splits splits,
            MonthBill bill, MonitoringCharges.Setup monitoring) {
        for (Cluster cluster : clusters) {
            clustersByResourceId.put(lower(cluster.resourceId()), cluster);
            if (cluster.hasWorkspace()) {
                clustersByWorkspace.computeIfAbsent(lower(cluster.workspaceId()), k -> new ArrayList<>()).add(cluster);
                clustersByWorkspaceResourceId
                    .computeIfAbsent(lower(cluster.workspaceResourceId()), k -> new ArrayList<>())
                    .add(cluster);
            }
        }
        this.clusters = clusters;
        this.resolver = resolver;
        this.splitter = new SharedCostSplitter(splits.shared(), TeamAssignment.shared());
        this.idle = new IdleCosts(splits.idle());
        this.workspaceBills = new WorkspaceBills(workspaces, bill);
        this.bill = bill;
        this.monitoringCharges = new MonitoringCharges(monitoring, clusters, bill);
    }

    public List<ChargeLine> charge(LocalDate day, List<ChargeLine> workload, List<ContainerLogCost> containerLogs,
            List<WorkspaceCost> monitoring) {
        List<ChargeLine> charged = new ArrayList<>();
        Map<String, List<ChargeLine>> heldByCluster = new LinkedHashMap<>();
        Map<String, Optional<Map<BillBucket, BigDecimal>>> bills = new HashMap<>();
        clusters.forEach(cluster -> bills.put(cluster.name(), bill.cluster(cluster.name(), day)));
        for (ChargeLine line : workload) {
            chargeOrHold(bills.get(line.cluster()).isPresent() ? line.withStatus(CostStatus.BILLED) : line, charged,
                    heldByCluster);
        }
        WorkspaceBills.Scaled logs = workspaceBills.scale(day, containerLogs, monitoring);
        Map<String, WorkspaceCost> monitoringByWorkspace = new LinkedHashMap<>();
        logs.monitoring()
            .forEach(cost -> monitoringByWorkspace.merge(lower(cost.workspaceId()), cost, WorkspaceCost::plus));
        NamespaceOwners owners = new NamespaceOwners(workload, resolver);
        for (ContainerLogCost log : logs.containerLogs()) {
            Cluster cluster = clustersByResourceId.get(lower(log.clusterResourceId()));
            if (cluster == null) {
                monitoringByWorkspace.merge(lower(log.workspaceId()),
                        new WorkspaceCost(log.workspaceId(), log.workspaceResourceId(), log.cost(), log.sourceRows()),
                        WorkspaceCost::plus);
                continue;
            }
            TeamAssignment owner = owners.of(cluster.name(), log.namespace());
            chargeOrHold(new ChargeLine(day, cluster.name(), log.namespace(), owner.team(), owner.costCenter(),
                    CostKind.CONTAINER_LOGS, null, owner.allocation(), owner.registered(), log.workspaceResourceId(),
                    status(logs.billed(log.workspaceId())), log.cost(), log.sourceRows()), charged, heldByCluster);
        }
        monitoringCharges.lines(day, owners).forEach(line -> chargeOrHold(line, charged, heldByCluster));
        Map<String, BigDecimal> workloadByCluster = new HashMap<>();
        workload.forEach(line -> workloadByCluster.merge(line.cluster(), line.cost(), BigDecimal::add));
        for (WorkspaceCost workspace : monitoringByWorkspace.values()) {
            holdMonitoring(day, workspace, status(logs.billed(workspace.workspaceId())), workloadByCluster,
                    heldByCluster);
        }
        Map<String, SortedMap<TeamAssignment, BigDecimal>> ownersByCluster = ownersOfWorkload(workload);
        heldByCluster.forEach((cluster, held) -> {
            SortedMap<TeamAssignment, BigDecimal> clusterOwners = ownersByCluster.getOrDefault(cluster,
                    Collections.emptySortedMap());
            held.forEach(line -> charged.addAll(splitter.split(line, clusterOwners)));
        });
        chargeIdle(day, bills, workload, ownersByCluster, charged);
        return merged(charged);
    }

    /**
     * The corrections of earlier periods the month's bill carries, booked on {@code day},
     * exactly: each cluster's per bucket, each monitor workspace's and monitoring
     * resource's as {@link MonitoringCharges#correction} divides it, and each Log
     * Analytics workspace's divided among the workspace's clusters in proportion to their
     * workload cost in the month (evenly when none has any); each divided among the
     * cluster's owners of workload in the month by {@code kubeledger.idle-split}, as idle
     * cost is (without owners, or with {@code none}, team {@code idle} keeps it). Lines
     * of kind {@link CostKind#CORRECTION}, billed.
     */
    /**
     * The resources (ids in lower case) whose lines are rounded per cluster
     * ({@link DayRounding}): the monitor workspaces and monitoring resources.
     */
    Set<String> roundedPerCluster() {
        return monitoringCharges.roundedPerCluster();
    }

    public List<ChargeLine> corrections(LocalDate day, MonthOwners owners) {
        List<ChargeLine> lines = new ArrayList<>();
        for (Cluster cluster : clusters) {
            bill.clusterCorrections(cluster.name())
                .forEach((bucket, correction) -> lines.addAll(idle.divided(day, cluster.name(), CostKind.CORRECTION,
                        bucket, null, correction.cost(), owners.of(cluster.name()))));
        }
        bill.workspaceCorrections().forEach((workspaceResourceId, correction) -> {
            if (monitoringCharges.correction(workspaceResourceId, correction.cost(),
                    (cluster, part) -> lines.addAll(idle.divided(day, cluster, CostKind.CORRECTION, null,
                            workspaceResourceId, part, owners.of(cluster))))) {
                return;
            }
            List<Cluster> users = clustersByWorkspaceResourceId.get(workspaceResourceId);
            List<BigDecimal> parts = ProportionalSplit.split(correction.cost(),
                    users.stream().map(cluster -> owners.workload(cluster.name())).toList());
            for (int i = 0; i < users.size(); i++) {
                lines.addAll(idle.divided(day, users.get(i).name(), CostKind.CORRECTION, null, workspaceResourceId,
                        parts.get(i), owners.of(users.get(i).name())));
            }
        });
        return merged(lines);
    }

    private void chargeIdle(LocalDate day, Map<String, Optional<Map<BillBucket, BigDecimal>>> bills,
            List<ChargeLine> workload, Map<String, SortedMap<TeamAssignment, BigDecimal>> ownersByCluster,
            List<ChargeLine> charged) {
        Map<String, List<ChargeLine>> workloadByCluster = new HashMap<>();
        workload.forEach(line -> workloadByCluster.computeIfAbsent(line.cluster(), c -> new ArrayList<>()).add(line));
        bills
            .forEach(
                    (cluster,
                            billed) -> billed.ifPresent(buckets -> charged.addAll(idle.lines(day, cluster, buckets,
                                    workloadByCluster.getOrDefault(cluster, List.of()),
                                    ownersByCluster.getOrDefault(cluster, Collections.emptySortedMap())))));
    }

    private void holdMonitoring(LocalDate day, WorkspaceCost workspace, CostStatus status,
            Map<String, BigDecimal> workloadByCluster, Map<String, List<ChargeLine>> heldByCluster) {
        List<Cluster> users = clustersByWorkspace.get(lower(workspace.workspaceId()));
        if (users == null) {
            throw new IllegalStateException(
                    "workspace " + workspace.workspaceId() + " is used by no configured cluster");
        }
        List<BigDecimal> parts = ProportionalSplit.split(workspace.cost(),
                users.stream()
                    .map(cluster -> workloadByCluster.getOrDefault(cluster.name(), BigDecimal.ZERO))
                    .toList());
        for (int i = 0; i < users.size(); i++) {
            TeamAssignment shared = TeamAssignment.shared();
            heldByCluster.computeIfAbsent(users.get(i).name(), k -> new ArrayList<>())
                .add(new ChargeLine(day, users.get(i).name(), "", shared.team(), shared.costCenter(),
                        CostKind.MONITORING, null, shared.allocation(), shared.registered(),
                        workspace.workspaceResourceId(), status, parts.get(i), workspace.sourceRows()));
        }
    }

    private static CostStatus status(boolean billed) {
        return billed ? CostStatus.BILLED : CostStatus.ESTIMATED;
    }

    private static void chargeOrHold(ChargeLine line, List<ChargeLine> charged,
            Map<String, List<ChargeLine>> heldByCluster) {
        if (line.allocation() == AllocationMethod.SHARED) {
            heldByCluster.computeIfAbsent(line.cluster(), k -> new ArrayList<>()).add(line);
        }
        else {
            charged.add(line);
        }
    }

    /**
     * Each cluster's owners of workload and their cost, in one pass over the day (a pass
     * per cluster grew as n²).
     */
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

    /**
     * Parts of different shared costs can land on the same line of the lake: they are
     * added up.
     */
    private static List<ChargeLine> merged(List<ChargeLine> lines) {
        Map<ChargeLine, ChargeLine> byKey = new LinkedHashMap<>();
        for (ChargeLine line : lines) {
            byKey.merge(line.key(), line,
                    (a, b) -> a.withCost(a.cost().add(b.cost())).withSourceRows(a.sourceRows() + b.sourceRows()));
        }
        return new ArrayList<>(byKey.values());
    }

    private static String lower(String id) {
        return id.toLowerCase(Locale.ROOT);
    }

}
