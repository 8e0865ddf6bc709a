package io.kubeledger.chargeback;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import io.kubeledger.ingest.Allocation;
import io.kubeledger.ingest.BillBucket;

/**
 * One cluster's workload cost summed to the lake's grain (day, namespace, owner, bucket)
 * while its export is read: a month of a cluster is a few thousand sums, however many
 * rows the export has.
 */
final class WorkloadCosts {

    /**
     * Its equals and hashCode are written out: a record's own go through method handles
     * that C1 does not inline.
     */
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

    /**
     * A sum's cost by the bill's buckets, summed field by field (no map per row, as every
     * row of the export adds to one): compute is CPU, RAM and GPU cost (kept apart for
     * {@link #computeByNamespace}), storage PV cost, network network cost, and other the
     * rest of {@code TotalCost}, so the buckets add up to it. An unknown cost counts as
     * none, so that other takes it.
     */
    private static final class Total {

        private BigDecimal cpu = BigDecimal.ZERO;

        private BigDecimal ram = BigDecimal.ZERO;

        private BigDecimal gpu = BigDecimal.ZERO;

        private BigDecimal storage = BigDecimal.ZERO;

        private BigDecimal network = BigDecimal.ZERO;

        private BigDecimal total = BigDecimal.ZERO;

        private long rows;

        void add(Allocation row) {
            cpu = cpu.add(known(row.cpuCost()));
            ram = ram.add(known(row.ramCost()));
            gpu = gpu.add(known(row.gpuCost()));
            storage = storage.add(known(row.pvCost()));
            network = network.add(known(row.networkCost()));
            total = total.add(row.totalCost());
            rows++;
        }

        /**
         * The non-zero buckets; a sum that is zero in all of them is one compute line of
         * zero, so no row is lost.
         */
        Map<BillBucket, BigDecimal> byBucket() {
            Map<BillBucket, BigDecimal> buckets = new EnumMap<>(BillBucket.class);
            BigDecimal compute = cpu.add(ram).add(gpu);
            BigDecimal other = total.subtract(compute).subtract(storage).subtract(network);
            putUnlessZero(buckets, BillBucket.COMPUTE, compute);
            putUnlessZero(buckets, BillBucket.STORAGE, storage);
            putUnlessZero(buckets, BillBucket.NETWORK, network);
            putUnlessZero(buckets, BillBucket.OTHER, other);
            if (buckets.isEmpty()) {
                buckets.put(BillBucket.COMPUTE, compute);
            }
            return buckets;
        }

        private static void putUnlessZero(Map<BillBucket, BigDecimal> buckets, BillBucket bucket, BigDecimal cost) {
            if (cost.signum() != 0) {
                buckets.put(bucket, cost);
            }
        }

        private static BigDecimal known(BigDecimal cost) {
            return cost == null ? BigDecimal.ZERO : cost;
        }

    }

    private final String cluster;

    private final Map<Key, Total> totals = new HashMap<>();

    private long creditRows;

    private BigDecimal credits = BigDecimal.ZERO;

    WorkloadCosts(String cluster) {
        this.cluster = cluster;
    }

    void add(Allocation allocation, TeamAssignment owner) {
        totals.computeIfAbsent(new Key(allocation.day(), allocation.namespace(), owner), key -> new Total())
            .add(allocation);
        if (allocation.totalCost().signum() < 0) {
            creditRows++;
            credits = credits.add(allocation.totalCost());
        }
    }

    /**
     * Rows with a negative {@code TotalCost}: OpenCost's credits, charged as they are and
     * reported.
     */
    long creditRows() {
        return creditRows;
    }

    /** Their sum, negative. */
    BigDecimal credits() {
        return credits;
    }

    /**
     * Each namespace's compute cost of the charged days as OpenCost splits it, summed
     * over its owners: what the reports show the compute bucket as (CPU, memory, GPU).
     */
    List<ComputeCost> computeByNamespace() {
        Map<String, ComputeCost> byNamespace = new TreeMap<>();
        totals.forEach((key, total) -> byNamespace.merge(key.namespace(),
                new ComputeCost(cluster, key.namespace(), total.cpu, total.ram, total.gpu), ComputeCost::plus));
        return List.copyOf(byNamespace.values());
    }

    /**
     * A line per sum and bucket, each with the sum's rows; estimates until the chargeback
     * meets the bill.
     */
    List<ChargeLine> lines() {
        List<ChargeLine> lines = new ArrayList<>(totals.size() * 2);
        totals.forEach((key, total) -> total.byBucket()
            .forEach((bucket,
                    cost) -> lines.add(new ChargeLine(key.day(), cluster, key.namespace(), key.owner().team(),
                            key.owner().costCenter(), CostKind.WORKLOAD, bucket, key.owner().allocation(),
                            key.owner().registered(), null, CostStatus.ESTIMATED, cost, total.rows))));
        return lines;
    }

}
