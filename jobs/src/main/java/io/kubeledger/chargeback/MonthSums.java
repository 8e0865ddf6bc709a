package io.kubeledger.chargeback;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import io.kubeledger.ingest.BillBucket;

/**
 * The month's chargeback lines summed as each day is charged: per cluster, namespace, owner, kind, allocation, bucket
 * and status (the grain every report groups by), and per day and team (the daily charts). Each sum is of the rounded lines, so the
 * reports add up to the lake to the last digit; the sums grow with the fleet's namespaces, never with its days or rows.
 */
final class MonthSums {

    /**
     * A line's place in the month: the line without its day, workspace and amounts. Its equals and hashCode are
     * written out: a record's own go through method handles that C1 does not inline.
     */
    record Key(String cluster, String namespace, TeamAssignment owner, CostKind kind, BillBucket bucket,
            CostStatus status) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && kind == that.kind && bucket == that.bucket && status == that.status
                    && Objects.equals(cluster, that.cluster) && Objects.equals(namespace, that.namespace)
                    && Objects.equals(owner, that.owner);
        }

        @Override
        public int hashCode() {
            int hash = (Objects.hashCode(cluster) * 31 + Objects.hashCode(namespace)) * 31 + Objects.hashCode(owner);
            return ((hash * 31 + Objects.hashCode(kind)) * 31 + Objects.hashCode(bucket)) * 31
                    + Objects.hashCode(status);
        }
    }

    record TeamDay(LocalDate day, String team) {
    }

    private final Map<Key, BigDecimal> byOwner = new LinkedHashMap<>();
    private final Map<TeamDay, BigDecimal> byTeamDay = new LinkedHashMap<>();

    void add(ChargeLine line) {
        byOwner.merge(new Key(line.cluster(), line.namespace(), line.assignment(), line.costKind(), line.bucket(),
                line.status()), line.cost(), BigDecimal::add);
        byTeamDay.merge(new TeamDay(line.day(), line.team()), line.cost(), BigDecimal::add);
    }

    Map<Key, BigDecimal> byOwner() {
        return byOwner;
    }

    Map<TeamDay, BigDecimal> byTeamDay() {
        return byTeamDay;
    }
}
