package io.kubeledger.chargeback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * The run's {@link ComputeCost}s, handed from the clusters' partitions of the {@code allocationStep} to the lake step
 * in memory: a few per namespace of each cluster, whatever the export's size.
 */
public final class ComputeCosts implements StepExecutionListener {

    private final Queue<ComputeCost> costs = new ConcurrentLinkedQueue<>();

    /** The {@code allocationStep} starts with none: a run's costs are its own. */
    @Override
    public void beforeStep(StepExecution stepExecution) {
        costs.clear();
    }

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
