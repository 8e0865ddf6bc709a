package io.kubeledger.chargeback;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;

import io.kubeledger.ingest.BillBucket;

/**
 * One line of the chargeback: what a team is charged for one kind of cost from one
 * namespace on one day. {@code namespace} is empty for monitoring, which no namespace
 * causes; {@code workspaceResourceId} names the Log Analytics workspace of a log cost and
 * is null for workload cost. {@code bucket} is what of the cluster's bill a workload or
 * idle cost is part of (the lake's {@code x_CostBucket}), null for log costs, which their
 * workspace bills.
 */
public record ChargeLine(LocalDate day, String cluster, String namespace, String team, String costCenter,
        CostKind costKind, BillBucket bucket, AllocationMethod allocation, boolean teamRegistered,
        String workspaceResourceId, CostStatus status, BigDecimal cost, long sourceRows) {

    /**
     * By cluster, namespace and owner, owners as {@link TeamAssignment#ORDER} orders
     * them. Written out: a chain of key extractors made a {@code TeamAssignment} at every
     * comparison of the chargeback's sorts.
     */
    static final Comparator<ChargeLine> BY_CLUSTER_NAMESPACE_OWNER = ChargeLine::compareClusterNamespaceOwner;

    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    /**
     * Written out, as {@link #hashCode} (lines key the chargeback's merges and the lake's
     * texts): a record's own go through method handles that C1 does not inline.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ChargeLine that && sourceRows == that.sourceRows
                && teamRegistered == that.teamRegistered && costKind == that.costKind && bucket == that.bucket
                && allocation == that.allocation && status == that.status && Objects.equals(day, that.day)
                && Objects.equals(cluster, that.cluster) && Objects.equals(namespace, that.namespace)
                && Objects.equals(team, that.team) && Objects.equals(costCenter, that.costCenter)
                && Objects.equals(workspaceResourceId, that.workspaceResourceId) && Objects.equals(cost, that.cost);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(day);
        hash = hash * 31 + Objects.hashCode(cluster);
        hash = hash * 31 + Objects.hashCode(namespace);
        hash = hash * 31 + Objects.hashCode(team);
        hash = hash * 31 + Objects.hashCode(costCenter);
        hash = hash * 31 + Objects.hashCode(costKind);
        hash = hash * 31 + Objects.hashCode(bucket);
        hash = hash * 31 + Objects.hashCode(allocation);
        hash = hash * 31 + Boolean.hashCode(teamRegistered);
        hash = hash * 31 + Objects.hashCode(workspaceResourceId);
        hash = hash * 31 + Objects.hashCode(status);
        hash = hash * 31 + Objects.hashCode(cost);
        return hash * 31 + Long.hashCode(sourceRows);
    }

    public ChargeLine withCost(BigDecimal newCost) {
        return new ChargeLine(day, cluster, namespace, team, costCenter, costKind, bucket, allocation, teamRegistered,
                workspaceResourceId, status, newCost, sourceRows);
    }

    ChargeLine withSourceRows(long rows) {
        return new ChargeLine(day, cluster, namespace, team, costCenter, costKind, bucket, allocation, teamRegistered,
                workspaceResourceId, status, cost, rows);
    }

    /** This line as the bill's, or as an estimate. */
    public ChargeLine withStatus(CostStatus newStatus) {
        return new ChargeLine(day, cluster, namespace, team, costCenter, costKind, bucket, allocation, teamRegistered,
                workspaceResourceId, newStatus, cost, sourceRows);
    }

    public TeamAssignment assignment() {
        return new TeamAssignment(team, costCenter, allocation, teamRegistered);
    }

    /**
     * This line's cost, or a share of it, charged to another owner by the given method.
     */
    ChargeLine chargedTo(TeamAssignment owner, AllocationMethod method, BigDecimal share) {
        return new ChargeLine(day, cluster, namespace, owner.team(), owner.costCenter(), costKind, bucket, method,
                owner.registered(), workspaceResourceId, status, share, sourceRows);
    }

    private static int compareClusterNamespaceOwner(ChargeLine a, ChargeLine b) {
        int order = a.cluster.compareTo(b.cluster);
        if (order == 0) {
            order = a.namespace.compareTo(b.namespace);
        }
        if (order == 0) {
            order = a.team.compareTo(b.team);
        }
        if (order == 0) {
            order = a.allocation.compareTo(b.allocation);
        }
        if (order == 0) {
            order = NULLS_FIRST.compare(a.costCenter, b.costCenter);
        }
        return order != 0 ? order : Boolean.compare(a.teamRegistered, b.teamRegistered);
    }

    /** The line without its amounts: lines with the same key are one line of the lake. */
    ChargeLine key() {
        return new ChargeLine(day, cluster, namespace, team, costCenter, costKind, bucket, allocation, teamRegistered,
                workspaceResourceId, status, BigDecimal.ZERO, 0);
    }
}
