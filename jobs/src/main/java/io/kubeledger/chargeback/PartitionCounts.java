package io.kubeledger.chargeback;

import java.util.Collection;
import java.util.List;

import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Aggregates the clusters' partitions as Spring Batch does (status, read and write counts) and also sums the counts
 * each leaves in its context, so the manager step carries the run's totals for the summary and the reports.
 */
final class PartitionCounts implements StepExecutionAggregator {

    private final StepExecutionAggregator delegate = new DefaultStepExecutionAggregator();
    private final List<String> keys;

    PartitionCounts(String... keys) {
        this.keys = List.of(keys);
    }

    @Override
    public void aggregate(StepExecution result, Collection<StepExecution> executions) {
        delegate.aggregate(result, executions);
        ExecutionContext totals = result.getExecutionContext();
        for (String key : keys) {
            totals.putLong(key, executions.stream()
                    .mapToLong(execution -> execution.getExecutionContext().getLong(key, 0L)).sum());
        }
    }
}
