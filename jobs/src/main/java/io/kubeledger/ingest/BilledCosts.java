package io.kubeledger.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import io.kubeledger.config.KubeledgerProperties.Cluster;
import io.kubeledger.config.KubeledgerProperties.Workspace;
import io.kubeledger.config.ResourceIds;

/**
 * The bill's rows of the configured clusters, workspaces and monitoring resources, summed
 * per day: a cluster's by {@link BillBucket} (every resource of its node resource group,
 * and the cluster resource itself), a Log Analytics workspace's whole, and so a monitor
 * workspace's or another monitoring resource's (they are kept with the workspaces: each
 * is a resource billed whole that its clusters share). Any other row is another
 * resource's, not this job's: counted, not kept.
 */
final class BilledCosts {

    /** What identifies a cluster's resources on the bill. */
    record ClusterResources(String cluster, String subscriptionId, String resourceId, String nodeResourceGroup) {

        static ClusterResources of(Cluster cluster, String nodeResourceGroup) {
            String id = cluster.resourceId().toLowerCase(Locale.ROOT);
            return new ClusterResources(cluster.name(), ResourceIds.subscription(id), id,
                    nodeResourceGroup.toLowerCase(Locale.ROOT));
        }

        boolean ownsResourceGroup(BillRow row) {
            return row.subscriptionId().equals(subscriptionId) && row.resourceGroup().equals(nodeResourceGroup)
                    || row.resourceId()
                        .startsWith("/subscriptions/" + subscriptionId + "/resourcegroups/" + nodeResourceGroup + "/");
        }
    }

    private final List<ClusterResources> clusters;

    private final Map<String, String> workspaceByResourceId = new TreeMap<>();

    /** The monitor workspaces' and monitoring resources' names, by id (lower case). */
    private final Map<String, String> monitoringByResourceId;

    private final boolean countsMonitoringByType;

    private final ColumnSums charged = new ColumnSums();

    /** The same in the other cost column ({@link BillRow#otherCost}). */
    private final ColumnSums other = new ColumnSums();

    private final Map<String, String> subscriptionNames = new TreeMap<>();

    private final Map<String, BillingAccount> billingAccounts = new TreeMap<>();

    private final Map<String, SortedSet<String>> invoiceIds = new TreeMap<>();

    private final Map<String, TypeSum> matchedByType = new TreeMap<>();

    private final SortedSet<String> fleetSubscriptions = new TreeSet<>();

    /** Every row's amounts, the fleet's and the others'. */
    private InvoiceBridge.Amounts scope = InvoiceBridge.Amounts.ZERO;

    /** The rows of other resources, by resource id (lower case). */
    private final Map<String, InvoiceBridge.OtherResource> others = new TreeMap<>();

    private long rowsOfOthers;

    BilledCosts(List<ClusterResources> clusters, List<Workspace> workspaces, BilledMonitoring monitoring) {
        this.clusters = clusters;
        this.monitoringByResourceId = monitoring.names();
        this.countsMonitoringByType = monitoring.countedByType();
        workspaces.forEach(w -> workspaceByResourceId.put(w.resourceId().toLowerCase(Locale.ROOT), w.name()));
    }

    /**
     * Adds the row to its cluster's or workspace's sums; returns whether it is theirs
     * (else it is only counted).
     */
    boolean add(BillRow row) {
        scope = scope.plus(new InvoiceBridge.Amounts(row.cost(), row.otherCost()));
        if (!row.subscriptionName().isEmpty()) {
            subscriptionNames.putIfAbsent(row.subscriptionId(), row.subscriptionName());
        }
        for (ClusterResources cluster : clusters) {
            if (row.resourceId().equals(cluster.resourceId())) {
                addToCluster(cluster.cluster(), row, BillBucket.CLUSTER_FEE);
                return true;
            }
            if (cluster.ownsResourceGroup(row)) {
                addToCluster(cluster.cluster(), row, BillBucket.ofNodeResource(row.armType()));
                return true;
            }
        }
        boolean monitoring = monitoringByResourceId.containsKey(row.resourceId());
        if (workspaceByResourceId.containsKey(row.resourceId()) || monitoring) {
            matched(row, !monitoring || countsMonitoringByType);
            charged.addToWorkspace(row.resourceId(), row.day(), row.cost());
            other.addToWorkspace(row.resourceId(), row.day(), row.otherCost());
            return true;
        }
        rowsOfOthers++;
        others.merge(row.resourceId(), new InvoiceBridge.OtherResource(row.resourceId(), row.resourceType(),
                new InvoiceBridge.Amounts(row.cost(), row.otherCost())), BilledCosts::plus);
        return false;
    }

    private static InvoiceBridge.OtherResource plus(InvoiceBridge.OtherResource one,
            InvoiceBridge.OtherResource other) {
        return new InvoiceBridge.OtherResource(one.resourceId(), one.resourceType(),
                one.amounts().plus(other.amounts()));
    }

    /** Adds another run's sums, of other days, to these. */
    void addAll(BilledCosts run) {
        charged.addAll(run.charged);
        other.addAll(run.other);
        run.subscriptionNames.forEach(subscriptionNames::putIfAbsent);
        run.billingAccounts.forEach(billingAccounts::putIfAbsent);
        run.invoiceIds
            .forEach((subscription, ids) -> invoiceIds.computeIfAbsent(subscription, s -> new TreeSet<>()).addAll(ids));
        run.matchedByType.forEach((type, sum) -> matchedByType.merge(type, sum, TypeSum::plus));
        fleetSubscriptions.addAll(run.fleetSubscriptions);
        scope = scope.plus(run.scope);
        run.others.forEach((id, other) -> others.merge(id, other, BilledCosts::plus));
        rowsOfOthers += run.rowsOfOthers;
    }

    /**
     * Counts a row charged to a cluster or workspace under its resource type, for the
     * Invoice sheet, where {@code counted} ({@link BilledMonitoring#countedByType}), and
     * notes its subscription's billing account and invoice.
     */
    private void matched(BillRow row, boolean counted) {
        fleetSubscriptions.add(row.subscriptionId());
        if (!row.billingAccount().id().isEmpty()) {
            billingAccounts.putIfAbsent(row.subscriptionId(), row.billingAccount());
        }
        if (!row.invoiceId().isEmpty()) {
            invoiceIds.computeIfAbsent(row.subscriptionId(), s -> new TreeSet<>()).add(row.invoiceId());
        }
        if (counted) {
            String type = row.resourceType().isEmpty() ? "(no resource type)" : row.resourceType();
            matchedByType.merge(type, new TypeSum(1, row.cost()), TypeSum::plus);
        }
    }

    private void addToCluster(String cluster, BillRow row, BillBucket bucket) {
        matched(row, true);
        charged.addToCluster(cluster, row.day(), bucket, row.cost());
        other.addToCluster(cluster, row.day(), bucket, row.otherCost());
    }

    /** Each cluster's bill per day and bucket. */
    Map<String, Map<LocalDate, Map<BillBucket, BigDecimal>>> byCluster() {
        return charged.byCluster();
    }

    /** The bill in the charged cost column. */
    ColumnSums charged() {
        return charged;
    }

    /** The same bill in the other cost column. */
    ColumnSums other() {
        return other;
    }

    /** Each cluster's bill over the days read. */
    Map<String, BigDecimal> clusterTotals() {
        Map<String, BigDecimal> totals = new TreeMap<>();
        charged.byCluster()
            .forEach((cluster, days) -> days.values()
                .forEach(buckets -> buckets.values().forEach(cost -> totals.merge(cluster, cost, BigDecimal::add))));
        return totals;
    }

    /** Each workspace's bill per day, by its resource id in lower case. */
    Map<String, Map<LocalDate, BigDecimal>> byWorkspaceResourceId() {
        return charged.byWorkspaceResourceId();
    }

    /**
     * Each Log Analytics workspace's bill over the days read, by the workspace's name.
     */
    Map<String, BigDecimal> workspaceTotals() {
        return totals(workspaceByResourceId);
    }

    /**
     * Each monitor workspace's and monitoring resource's bill over the days read, by its
     * name.
     */
    Map<String, BigDecimal> monitoringTotals() {
        return totals(monitoringByResourceId);
    }

    private Map<String, BigDecimal> totals(Map<String, String> names) {
        Map<String, BigDecimal> totals = new TreeMap<>();
        charged.byWorkspaceResourceId().forEach((resourceId, days) -> days.values().forEach(cost -> {
            if (names.containsKey(resourceId)) {
                totals.merge(names.get(resourceId), cost, BigDecimal::add);
            }
        }));
        return totals;
    }

    /** The names the bill gives the subscriptions it charges, by id (lower case). */
    Map<String, String> subscriptionNames() {
        return subscriptionNames;
    }

    /**
     * The billing account the bill charges each subscription of the fleet to, by
     * subscription id (lower case).
     */
    Map<String, BillingAccount> billingAccounts() {
        return billingAccounts;
    }

    /**
     * The invoices the bill's rows of the fleet are on, by subscription id (lower case).
     */
    Map<String, SortedSet<String>> invoiceIds() {
        return invoiceIds;
    }

    /**
     * How many rows charged to the clusters and workspaces there were, and what they
     * cost, by their resource type.
     */
    Map<String, TypeSum> matchedByType() {
        return matchedByType;
    }

    /** A resource type's matched rows and their cost. */
    record TypeSum(long rows, BigDecimal cost) {

        TypeSum plus(TypeSum other) {
            return new TypeSum(rows + other.rows, cost.add(other.cost));
        }
    }

    long rowsOfOthers() {
        return rowsOfOthers;
    }

    /**
     * From the bill of the days read, in the export's scope, to this fleet's, in
     * {@code costColumn} and the other.
     */
    InvoiceBridge bridge(String costColumn) {
        List<InvoiceBridge.OtherResource> named = new ArrayList<>(others.values());
        named.sort(InvoiceBridge.LARGEST_FIRST);
        return new InvoiceBridge(costColumn, scope, named,
                invoiceIds.values().stream().flatMap(SortedSet::stream).distinct().sorted().toList(),
                fleetSubscriptions.stream()
                    .map(id -> subscriptionNames.containsKey(id) ? subscriptionNames.get(id) + " (" + id + ")" : id)
                    .toList());
    }

}
