package io.kubeledger.chargeback;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.kubeledger.ingest.Allocation;
import io.kubeledger.ingest.BillBucket;

/**
 * One cluster's workload cost summed to the lake's grain (day, namespace, owner) while its export is read: a month of
 * a cluster is a few thousand sums, however many rows the export has.
 */
final class WorkloadCosts {

    /** Its equals and hashCode are written out: a record's own go through method handles that C1 does not inline. */
    private record Key(LocalDate day, String namespace, TeamAssignment owner) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(day, that.day)
                    && Objects.equals(namespace, that.namespace) && Objects.equals(owner, that.owner);
        }

        @Override
        public int hashCode() {
            return (Objects.hashCode(day) * 31 + Objects.hashCode(namespace)) * 31 + Objects.hashCode(owner);
        }
    }

    private static final class Total {
        private BigDecimal cost = BigDecimal.ZERO;
        private long rows;
    }

    private final String cluster;
    private final Map<Key, Total> totals = new HashMap<>();
    private long creditRows;
    private BigDecimal credits = BigDecimal.ZERO;
    private final Map<LocalDate, DayAllocation> allocatedByDay = new HashMap<>();

    /**
     * A day's allocation by the bill's buckets, summed field by field (a map per row was a cost on the hot path):
     * compute is CPU, RAM and GPU cost, storage PV cost; unknown costs count as none, so that other takes them.
     */
    private static final class DayAllocation {
        private BigDecimal compute = BigDecimal.ZERO;
        private BigDecimal storage = BigDecimal.ZERO;
        private BigDecimal network = BigDecimal.ZERO;
        private BigDecimal total = BigDecimal.ZERO;

        void add(Allocation row) {
            compute = compute.add(known(row.cpuCost())).add(known(row.ramCost())).add(known(row.gpuCost()));
            storage = storage.add(known(row.pvCost()));
            network = network.add(known(row.networkCost()));
            total = total.add(row.totalCost());
        }

        Map<BillBucket, BigDecimal> byBucket() {
            Map<BillBucket, BigDecimal> buckets = new EnumMap<>(BillBucket.class);
            buckets.put(BillBucket.COMPUTE, compute);
            buckets.put(BillBucket.STORAGE, storage);
            buckets.put(BillBucket.NETWORK, network);
            buckets.put(BillBucket.OTHER, total.subtract(compute).subtract(storage).subtract(network));
            return buckets;
        }

        private static BigDecimal known(BigDecimal cost) {
            return cost == null ? BigDecimal.ZERO : cost;
        }
    }

    WorkloadCosts(String cluster) {
        this.cluster = cluster;
    }

    void add(Allocation allocation, TeamAssignment owner) {
        Total total = totals.computeIfAbsent(new Key(allocation.day(), allocation.namespace(), owner), key -> new Total());
        total.cost = total.cost.add(allocation.totalCost());
        total.rows++;
        allocatedByDay.computeIfAbsent(allocation.day(), d -> new DayAllocation()).add(allocation);
        if (allocation.totalCost().signum() < 0) {
            creditRows++;
            credits = credits.add(allocation.totalCost());
        }
    }

    /** What OpenCost allocated each day, by the bill's buckets. */
    Map<LocalDate, Map<BillBucket, BigDecimal>> allocatedByDay() {
        Map<LocalDate, Map<BillBucket, BigDecimal>> byDay = new HashMap<>();
        allocatedByDay.forEach((day, allocation) -> byDay.put(day, allocation.byBucket()));
        return byDay;
    }

    /** Rows with a negative {@code TotalCost}: OpenCost's credits, charged as they are and reported. */
    long creditRows() {
        return creditRows;
    }

    /** Their sum, negative. */
    BigDecimal credits() {
        return credits;
    }

    List<ChargeLine> lines() {
        List<ChargeLine> lines = new ArrayList<>(totals.size());
        totals.forEach((key, total) -> lines.add(new ChargeLine(key.day(), cluster, key.namespace(), key.owner().team(),
                key.owner().costCenter(), CostKind.WORKLOAD, key.owner().allocation(), key.owner().registered(), null,
                total.cost, total.rows)));
        return lines;
    }
}
