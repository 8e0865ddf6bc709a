package io.kubeledger.chargeback;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.partition.StepExecutionAggregator;
import org.springframework.batch.core.partition.support.DefaultStepExecutionAggregator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import io.kubeledger.source.SourceUnavailableException;
import io.kubeledger.run.ContextAmounts;

/**
 * Aggregates the clusters' partitions as Spring Batch does (status, read and write counts), and leaves in the
 * {@code exportStep}'s context, for the summary and the reports: the sum of each count the partitions leave and of
 * their credits, each cluster's quarantined rows, the clusters whose export could not be read and the team labels that
 * named nobody. It fails the step when no export has a row of the report date.
 */
public final class ClusterTotals implements StepExecutionAggregator {

    public static final String QUARANTINED_BY_CLUSTER = "opencost.quarantinedByCluster";
    public static final String MISSING_CLUSTERS = "opencost.missingClusters";
    /** Each cluster's rows read by charged day, every cluster of the run (one whose export was missing has none). */
    public static final String COVERAGE = "opencost.coverage";

    private final StepExecutionAggregator delegate = new DefaultStepExecutionAggregator();
    private final List<String> counts;

    ClusterTotals(List<String> counts) {
        this.counts = counts;
    }

    @Override
    public void aggregate(StepExecution result, Collection<StepExecution> executions) {
        delegate.aggregate(result, executions);
        ExecutionContext totals = result.getExecutionContext();
        for (String key : counts) {
            totals.putLong(key, executions.stream()
                    .mapToLong(execution -> execution.getExecutionContext().getLong(key, 0L)).sum());
        }
        LinkedHashMap<String, Long> quarantined = new LinkedHashMap<>();
        ArrayList<String> missing = new ArrayList<>();
        TreeMap<String, Map<?, ?>> coverage = new TreeMap<>();
        executions.stream().map(StepExecution::getExecutionContext)
                .filter(context -> context.containsKey(ClusterExportTasklet.CLUSTER))
                .sorted(Comparator.comparing(context -> context.getString(ClusterExportTasklet.CLUSTER)))
                .forEach(context -> {
                    String cluster = context.getString(ClusterExportTasklet.CLUSTER);
                    quarantined.put(cluster, context.getLong(ClusterExportTasklet.ROWS_QUARANTINED, 0L));
                    coverage.put(cluster, context.get(ClusterExportTasklet.ROWS_BY_DAY) instanceof Map<?, ?> days
                            ? days : new TreeMap<>());
                    if (context.containsKey(ClusterExportTasklet.MISSING)) {
                        missing.add(cluster + ": " + context.getString(ClusterExportTasklet.MISSING));
                    }
                });
        totals.putString(ClusterExportTasklet.CREDITS, executions.stream()
                .map(execution -> new BigDecimal(execution.getExecutionContext()
                        .getString(ClusterExportTasklet.CREDITS, "0")))
                .reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString());
        totals.put(ClusterExportTasklet.INVALID_TEAM_LABELS, invalidTeamLabels(executions));
        totals.put(QUARANTINED_BY_CLUSTER, quarantined);
        totals.put(MISSING_CLUSTERS, missing);
        totals.put(COVERAGE, coverage);
        failWithoutTheReportDate(result, executions);
    }

    /** Each cluster's invalid team labels with their cost, summed over the clusters, by value. */
    private static LinkedHashMap<String, String> invalidTeamLabels(Collection<StepExecution> executions) {
        TreeMap<String, BigDecimal> costs = new TreeMap<>();
        executions.forEach(execution -> ContextAmounts.from(execution.getExecutionContext()
                .get(ClusterExportTasklet.INVALID_TEAM_LABELS)).forEach((value, cost) -> costs.merge(value, cost,
                        BigDecimal::add)));
        return ContextAmounts.of(costs);
    }

    /**
     * OpenCost writes every day of a running cluster: when no export has a row of the report date, the exports have
     * stopped (or the run is early), and charging the month or judging containers from what is left would present
     * stale data as today's.
     */
    private static void failWithoutTheReportDate(StepExecution result, Collection<StepExecution> executions) {
        LocalDate reportDate = result.getJobExecution().getJobParameters().getLocalDate("reportDate");
        Optional<LocalDate> latest = executions.stream()
                .map(execution -> execution.getExecutionContext().getString(ClusterExportTasklet.LATEST_DAY, ""))
                .filter(day -> !day.isEmpty()).map(LocalDate::parse).max(Comparator.naturalOrder());
        if (reportDate != null && latest.isPresent() && latest.get().isBefore(reportDate)) {
            result.setStatus(BatchStatus.FAILED);
            result.addFailureException(new SourceUnavailableException("No OpenCost export has a row of " + reportDate
                    + ": the latest day any export has is " + latest.get() + ". The exports have stopped, or the run "
                    + "is early; nothing is charged or recommended from older data", null));
        }
    }
}
