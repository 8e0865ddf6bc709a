package io.kubeledger.chargeback;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Each cluster's owners of workload over the month to date, with that cost (a shared
 * namespace's left out, as a day's owners are for its idle cost), and each cluster's
 * whole workload cost: whom the month's corrections of earlier periods are charged to,
 * and how a workspace's is divided among its clusters.
 */
final class MonthOwners {

    static final MonthOwners NONE = new MonthOwners();

    private final Map<String, SortedMap<TeamAssignment, BigDecimal>> owners = new HashMap<>();

    private final Map<String, BigDecimal> workload = new HashMap<>();

    static MonthOwners of(List<List<ChargeLine>> days) {
        MonthOwners month = new MonthOwners();
        days.forEach(day -> day.forEach(month::add));
        return month;
    }

    private void add(ChargeLine line) {
        workload.merge(line.cluster(), line.cost(), BigDecimal::add);
        if (line.allocation() != AllocationMethod.SHARED) {
            owners.computeIfAbsent(line.cluster(), cluster -> new TreeMap<>(TeamAssignment.ORDER))
                .merge(line.assignment(), line.cost(), BigDecimal::add);
        }
    }

    SortedMap<TeamAssignment, BigDecimal> of(String cluster) {
        return owners.getOrDefault(cluster, Collections.emptySortedMap());
    }

    BigDecimal workload(String cluster) {
        return workload.getOrDefault(cluster, BigDecimal.ZERO);
    }

}
