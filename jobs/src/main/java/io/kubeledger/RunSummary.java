package io.kubeledger;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;

import io.kubeledger.chargeback.BillBelowEstimate;
import io.kubeledger.chargeback.ChargebackTasklet;
import io.kubeledger.config.KubeledgerProperties;
import io.kubeledger.ingest.BillingTasklet;
import io.kubeledger.report.MonthlyReportTasklet;
import io.kubeledger.run.ContextAmounts;

/**
 * The one summary an on-call engineer reads at the end of a run: each step's rows read, quarantined and written and
 * its time, the month's headline, and where the outputs went.
 */
public final class RunSummary {

    /** A step's context entries ending so count its quarantined rows. */
    static final String QUARANTINED_SUFFIX = ".rowsQuarantined";

    private RunSummary() {
    }

    static String of(JobExecution execution, KubeledgerProperties properties) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-30s %12s %12s %12s %9s", "step", "read", "quarantined", "written",
                "seconds"));
        for (StepExecution step : execution.getStepExecutions()) {
            lines.add(String.format(Locale.ROOT, "%-30s %12d %12d %12d %9.1f %s", name(step), step.getReadCount(),
                    quarantined(step.getExecutionContext()), step.getWriteCount(),
                    seconds(step.getStartTime(), step.getEndTime()), step.getStatus()));
        }
        Object headline = execution.getExecutionContext().get(MonthlyReportTasklet.HEADLINE);
        if (headline != null) {
            lines.add(headline.toString());
        }
        bill(execution.getExecutionContext(), properties.currency()).ifPresent(lines::add);
        lines.add("outputs: " + properties.outputDir().toAbsolutePath().normalize() + " (lake/, reports/, quarantine/)"
                + publication(execution, "lakeStep", "lake", properties.lakeUrl())
                + publication(execution, "reportStep", "reports", properties.reportsUrl()));
        return "\n  " + String.join("\n  ", lines);
    }

    /** Whether the step that publishes to {@code url} did so: only a completed step has published everything. */
    private static String publication(JobExecution execution, String step, String what, String url) {
        if (url == null) {
            return "";
        }
        boolean published = execution.getStepExecutions().stream()
                .anyMatch(s -> s.getStepName().equals(step) && s.getStatus() == BatchStatus.COMPLETED);
        return published ? "; " + what + " published to " + url : "; " + what + " NOT published to " + url;
    }

    /** What the bill says of the month: which export run, through which day, each cluster's and workspace's sum. */
    private static Optional<String> bill(ExecutionContext job, String currency) {
        if (job.containsKey(BillingTasklet.MISSING)) {
            return Optional.of("bill: " + job.getString(BillingTasklet.MISSING));
        }
        if (!job.containsKey(BillingTasklet.RUN)) {
            return Optional.empty();
        }
        return Optional.of("bill: " + job.getString(BillingTasklet.RUN) + ", billed through "
                + job.getString(BillingTasklet.BILLED_THROUGH) + ": " + clusters(job, currency) + "; workspaces "
                + sums(job.get(BillingTasklet.BILLED_BY_WORKSPACE), currency) + "; "
                + job.getLong(BillingTasklet.ROWS_OF_OTHERS) + " rows of other resources, not charged"
                + (job.get(BillingTasklet.NOT_ON_BILL) instanceof List<?> absent && !absent.isEmpty()
                        ? "; no row of " + absent + ", whose days stay estimates" : "")
                + priorPeriods(job, currency).map(corrections -> "; " + corrections).orElse(""));
    }

    /** The bill's corrections of earlier periods to the fleet's resources, charged on the month's first day. */
    private static Optional<String> priorPeriods(ExecutionContext job, String currency) {
        Map<String, BigDecimal> corrections = ContextAmounts.from(job.get(BillingTasklet.PRIOR_PERIODS));
        return corrections.isEmpty() ? Optional.empty() : Optional.of("corrections of earlier periods on this bill, "
                + "charged on the month's first day to the teams of the clusters: " + sums(corrections, currency));
    }

    /** Each cluster's bill, its idle cost (charged beside what OpenCost allocated), and what OpenCost allocated. */
    private static String clusters(ExecutionContext job, String currency) {
        List<ClusterBill> bills = clusterBills(job);
        if (bills.isEmpty()) {
            return "no cluster";
        }
        return bills.stream().map(bill -> String.format(Locale.ROOT,
                "%s %,.2f %s billed, %,.2f allocated by OpenCost, %,.2f idle", bill.cluster(), bill.billed(), currency,
                bill.allocated(), bill.billed().subtract(bill.allocated()))
                + bill.belowEstimate().map(below -> " (" + below.notice(currency) + ")").orElse(""))
                .collect(Collectors.joining(", "));
    }

    /** The clusters whose bill is far below OpenCost's estimate, each a line for the log. */
    static List<String> warnings(JobExecution execution, String currency) {
        return clusterBills(execution.getExecutionContext()).stream().map(ClusterBill::belowEstimate)
                .flatMap(Optional::stream).map(below -> below.notice(currency)).toList();
    }

    /** A cluster's bill beside what OpenCost allocated of it: the bill less the idle cost charged. */
    private record ClusterBill(String cluster, BigDecimal billed, BigDecimal allocated) {

        Optional<BillBelowEstimate> belowEstimate() {
            return BillBelowEstimate.of(cluster, billed, allocated);
        }
    }

    private static List<ClusterBill> clusterBills(ExecutionContext job) {
        Map<String, BigDecimal> idle = ContextAmounts.from(job.get(ChargebackTasklet.IDLE_BY_CLUSTER));
        return ContextAmounts.from(job.get(BillingTasklet.BILLED_BY_CLUSTER)).entrySet().stream()
                .map(e -> new ClusterBill(e.getKey(), e.getValue(),
                        e.getValue().subtract(idle.getOrDefault(e.getKey(), BigDecimal.ZERO))))
                .toList();
    }

    private static String sums(Object byName, String currency) {
        if (!(byName instanceof Map<?, ?> sums) || sums.isEmpty()) {
            return "none";
        }
        return ContextAmounts.from(sums).entrySet().stream().map(e -> e.getKey() + " " + String.format(Locale.ROOT,
                "%,.2f", e.getValue()) + " " + currency).collect(Collectors.joining(", "));
    }

    /** A partition (named {@code step:partition}) is shown by its partition's name, under its step. */
    private static String name(StepExecution step) {
        int partition = step.getStepName().indexOf(':');
        return partition < 0 ? step.getStepName() : "  " + step.getStepName().substring(partition + 1);
    }

    static long quarantined(ExecutionContext context) {
        return context.entrySet().stream().filter(e -> e.getKey().endsWith(QUARANTINED_SUFFIX))
                .mapToLong(e -> ((Number) e.getValue()).longValue()).sum();
    }

    private static double seconds(LocalDateTime start, LocalDateTime end) {
        return start == null || end == null ? 0 : Duration.between(start, end).toMillis() / 1000.0;
    }
}
