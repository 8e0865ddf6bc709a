package io.kubeledger.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * What OpenCost allocated each cluster each charged day, by {@link BillBucket} (compute: CPU, RAM and GPU cost;
 * storage: persistent volumes; network; other: the rest of {@code TotalCost}, so the buckets add up to it), for the
 * comparison with the bill. Filled by the {@code allocationStep}'s partitions as they finish, emptied when it starts.
 */
public final class AllocatedCosts implements StepExecutionListener {

    private final Map<String, Map<LocalDate, Map<BillBucket, BigDecimal>>> byCluster = new ConcurrentHashMap<>();

    @Override
    public void beforeStep(StepExecution stepExecution) {
        byCluster.clear();
    }

    public void add(String cluster, Map<LocalDate, Map<BillBucket, BigDecimal>> byDay) {
        byCluster.put(cluster, Map.copyOf(byDay));
    }

    /** The cluster's allocation of the day by bucket; none when OpenCost had no row of it. */
    Map<BillBucket, BigDecimal> of(String cluster, LocalDate day) {
        return byCluster.getOrDefault(cluster, Map.of()).getOrDefault(day, new EnumMap<>(BillBucket.class));
    }
}
