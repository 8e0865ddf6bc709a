package io.kubeledger.chargeback;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.step.StepExecution;

import io.kubeledger.run.RunWindow;
import io.kubeledger.source.SourceUnavailableException;

/**
 * Aggregates the clusters' partitions as Spring Batch does (status, read, skip and write
 * counts), and leaves the partitions' {@link ClusterExport}s in the {@code exportStep}'s
 * context as its {@link ExportTotals}. It fails the step when no export has a row of the
 * report date.
 */
final class ClusterTotals implements StepExecutionAggregator {

    private final StepExecutionAggregator delegate = new DefaultStepExecutionAggregator();

    /**
     * The run's window, a job-scoped bean which this step-wide aggregator takes while the
     * job runs.
     */
    private final Supplier<RunWindow> window;

    ClusterTotals(Supplier<RunWindow> window) {
        this.window = window;
    }

    @Override
    public void aggregate(StepExecution result, Collection<StepExecution> executions) {
        delegate.aggregate(result, executions);
        ExportTotals totals = new ExportTotals(executions.stream()
            .map(execution -> ClusterExport.PARTITION.in(execution.getExecutionContext()))
            .flatMap(Optional::stream)
            .toList());
        ExportTotals.RESULT.put(result.getExecutionContext(), totals);
        failWithoutTheReportDate(result, totals);
    }

    /**
     * OpenCost writes every day of a running cluster: when no export has a row of the
     * report date, the exports have stopped (or the run is early), and charging the month
     * or judging containers from what is left would present stale data as today's.
     */
    private void failWithoutTheReportDate(StepExecution result, ExportTotals totals) {
        LocalDate reportDate = window.get().reportDate();
        Optional<LocalDate> latest = totals.latestDay();
        if (latest.isPresent() && latest.get().isBefore(reportDate)) {
            result.setStatus(BatchStatus.FAILED);
            result.addFailureException(new SourceUnavailableException("No OpenCost export has a row of " + reportDate
                    + ": the latest day any export has is " + latest.get() + ". The exports have stopped, or the run "
                    + "is early; nothing is charged or recommended from older data", null));
        }
    }

}
