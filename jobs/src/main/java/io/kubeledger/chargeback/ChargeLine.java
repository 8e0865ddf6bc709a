package io.kubeledger.chargeback;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of the chargeback: what a team is charged for one kind of cost from one namespace on one day.
 * {@code namespace} is empty for monitoring, which no namespace causes; {@code workspaceResourceId} names the Log
 * Analytics workspace of a log cost and is null for workload cost.
 */
public record ChargeLine(
        LocalDate day,
        String cluster,
        String namespace,
        String team,
        String costCenter,
        CostKind costKind,
        AllocationMethod allocation,
        boolean teamRegistered,
        String workspaceResourceId,
        BigDecimal cost,
        long sourceRows) {

    public ChargeLine withCost(BigDecimal newCost) {
        return new ChargeLine(day, cluster, namespace, team, costCenter, costKind, allocation, teamRegistered,
                workspaceResourceId, newCost, sourceRows);
    }

    public TeamAssignment assignment() {
        return new TeamAssignment(team, costCenter, allocation, teamRegistered);
    }

    /** This line's cost, or a share of it, charged to another owner by the given method. */
    ChargeLine chargedTo(TeamAssignment owner, AllocationMethod method, BigDecimal share) {
        return new ChargeLine(day, cluster, namespace, owner.team(), owner.costCenter(), costKind, method,
                owner.registered(), workspaceResourceId, share, sourceRows);
    }

    /** The line without its amounts: lines with the same key are one line of the lake. */
    ChargeLine key() {
        return new ChargeLine(day, cluster, namespace, team, costCenter, costKind, allocation, teamRegistered,
                workspaceResourceId, BigDecimal.ZERO, 0);
    }
}
