package io.kubeledger.chargeback;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the chargeback: what a team is charged for one kind of cost in one namespace on one day. */
public record ChargeLine(
        LocalDate day,
        String cluster,
        String namespace,
        String team,
        String costCenter,
        String costKind,
        AllocationMethod allocation,
        boolean teamRegistered,
        BigDecimal cost,
        long sourceRows) {

    public ChargeLine withCost(BigDecimal rounded) {
        return new ChargeLine(day, cluster, namespace, team, costCenter, costKind, allocation, teamRegistered,
                rounded, sourceRows);
    }
}
