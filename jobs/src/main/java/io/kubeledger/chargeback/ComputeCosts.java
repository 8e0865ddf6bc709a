package io.kubeledger.chargeback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The run's {@link ComputeCost}s, handed from the clusters' partitions of the
 * {@code exportStep} to the lake step in memory (job-scoped): a few per namespace of each
 * cluster, whatever the export's size.
 */
public class ComputeCosts {

    private final Queue<ComputeCost> costs = new ConcurrentLinkedQueue<>();

    void add(List<ComputeCost> cluster) {
        costs.addAll(cluster);
    }

    /** By cluster and namespace. */
    public List<ComputeCost> all() {
        List<ComputeCost> all = new ArrayList<>(costs);
        all.sort(Comparator.comparing(ComputeCost::cluster).thenComparing(ComputeCost::namespace));
        return all;
    }

}
