package io.kubeledger.chargeback;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The month's chargeback lines summed as each day is charged: per cluster, namespace, owner, kind and allocation (the
 * grain every report groups by), and per day and team (the daily charts). Each sum is of the rounded lines, so the
 * reports add up to the lake to the last digit; the sums grow with the fleet's namespaces, never with its days or rows.
 */
final class MonthSums {

    /** A line's place in the month: the line without its day, workspace and amounts. */
    record Key(String cluster, String namespace, TeamAssignment owner, CostKind kind) {
    }

    record TeamDay(LocalDate day, String team) {
    }

    private final Map<Key, BigDecimal> byOwner = new LinkedHashMap<>();
    private final Map<TeamDay, BigDecimal> byTeamDay = new LinkedHashMap<>();

    void add(ChargeLine line) {
        byOwner.merge(new Key(line.cluster(), line.namespace(), line.assignment(), line.costKind()), line.cost(),
                BigDecimal::add);
        byTeamDay.merge(new TeamDay(line.day(), line.team()), line.cost(), BigDecimal::add);
    }

    Map<Key, BigDecimal> byOwner() {
        return byOwner;
    }

    Map<TeamDay, BigDecimal> byTeamDay() {
        return byTeamDay;
    }
}
