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
import io.kubeledger.chargeback.ChargebackResult;
import io.kubeledger.config.KubeledgerProperties;
import io.kubeledger.ingest.BillSummary;
import io.kubeledger.report.ReportResult;

/**
 * The one summary an on-call engineer reads at the end of a run: each step's rows read,
 * quarantined and written and its time, the month's headline, and where the outputs went.
 */
public final class RunSummary {

    private RunSummary() {
    }

    static String of(JobExecution execution, KubeledgerProperties properties) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%-30s %12s %12s %12s %9s", "step", "read", "quarantined", "written",
                "seconds"));
        for (StepExecution step : execution.getStepExecutions()) {
            lines.add(String.format(Locale.ROOT, "%-30s %12d %12d %12d %9.1f %s", name(step), step.getReadCount(),
                    step.getReadSkipCount(), step.getWriteCount(), seconds(step.getStartTime(), step.getEndTime()),
                    step.getStatus()));
        }
        ExecutionContext job = execution.getExecutionContext();
        ReportResult.RESULT.in(job).ifPresent(report -> lines.add(report.headline()));
        BillSummary.RESULT.in(job)
            .map(bill -> bill(bill, ChargebackResult.RESULT.in(job), properties.currency()))
            .ifPresent(lines::add);
        lines.add("outputs: " + properties.outputDir().toAbsolutePath().normalize() + " (lake/, reports/, quarantine/)"
                + publication(execution, "lakeStep", "lake", properties.lakeUrl())
                + publication(execution, "reportStep", "reports", properties.reportsUrl()));
        return "\n  " + String.join("\n  ", lines);
    }

    /**
     * Whether the step that publishes to {@code url} did so: only a completed step has
     * published everything.
     */
    private static String publication(JobExecution execution, String step, String what, String url) {
        if (url == null) {
            return "";
        }
        boolean published = execution.getStepExecutions()
            .stream()
            .anyMatch(s -> s.getStepName().equals(step) && s.getStatus() == BatchStatus.COMPLETED);
        return published ? "; " + what + " published to " + url : "; " + what + " NOT published to " + url;
    }

    /**
     * What the bill says of the month: which export run, through which day, each
     * cluster's and workspace's sum.
     */
    private static String bill(BillSummary bill, Optional<ChargebackResult> chargeback, String currency) {
        if (!bill.billed()) {
            return "bill: " + bill.missing();
        }
        return "bill: " + bill.runs() + ", billed through " + bill.billedThrough() + ": "
                + clusters(bill, chargeback, currency) + "; workspaces " + sums(bill.billedByWorkspace(), currency)
                + (bill.billedByMonitoring().isEmpty() ? ""
                        : "; monitoring " + sums(bill.billedByMonitoring(), currency))
                + "; " + bill.rowsOfOthers() + " rows of other resources, not charged"
                + (bill.notOnBill().isEmpty() ? "" : "; no row of " + bill.notOnBill() + ", whose days stay estimates")
                + (bill.priorPeriods().isEmpty() ? "" : "; corrections of earlier periods on this bill, charged on "
                        + "the month's first day to the teams of the clusters: " + sums(bill.priorPeriods(), currency));
    }

    /**
     * Each cluster's bill, its idle cost (charged beside what OpenCost allocated), and
     * what OpenCost allocated.
     */
    private static String clusters(BillSummary bill, Optional<ChargebackResult> chargeback, String currency) {
        List<ClusterBill> bills = clusterBills(bill, chargeback);
        if (bills.isEmpty()) {
            return "no cluster";
        }
        return bills.stream()
            .map(cluster -> String.format(Locale.ROOT, "%s %,.2f %s billed, %,.2f allocated by OpenCost, %,.2f idle",
                    cluster.cluster(), cluster.billed(), currency, cluster.allocated(),
                    cluster.billed().subtract(cluster.allocated()))
                    + cluster.belowEstimate().map(below -> " (" + below.notice(currency) + ")").orElse(""))
            .collect(Collectors.joining(", "));
    }

    /**
     * The clusters whose bill is far below OpenCost's estimate, each a line for the log.
     */
    static List<String> warnings(JobExecution execution, String currency) {
        ExecutionContext job = execution.getExecutionContext();
        return BillSummary.RESULT.in(job)
            .map(bill -> clusterBills(bill, ChargebackResult.RESULT.in(job)))
            .orElse(List.of())
            .stream()
            .map(ClusterBill::belowEstimate)
            .flatMap(Optional::stream)
            .map(below -> below.notice(currency))
            .toList();
    }

    /**
     * A cluster's bill beside what OpenCost allocated of it: the bill less the idle cost
     * charged.
     */
    private record ClusterBill(String cluster, BigDecimal billed, BigDecimal allocated) {

        Optional<BillBelowEstimate> belowEstimate() {
            return BillBelowEstimate.of(cluster, billed, allocated);
        }
    }

    private static List<ClusterBill> clusterBills(BillSummary bill, Optional<ChargebackResult> chargeback) {
        Map<String, BigDecimal> idle = chargeback.map(ChargebackResult::idleByCluster).orElse(Map.of());
        return bill.billedByCluster()
            .entrySet()
            .stream()
            .map(e -> new ClusterBill(e.getKey(), e.getValue(),
                    e.getValue().subtract(idle.getOrDefault(e.getKey(), BigDecimal.ZERO))))
            .toList();
    }

    private static String sums(Map<String, BigDecimal> byName, String currency) {
        if (byName.isEmpty()) {
            return "none";
        }
        return byName.entrySet()
            .stream()
            .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%,.2f", e.getValue()) + " " + currency)
            .collect(Collectors.joining(", "));
    }

    /**
     * A partition (named {@code step:partition}) is shown by its partition's name, under
     * its step.
     */
    private static String name(StepExecution step) {
        int partition = step.getStepName().indexOf(':');
        return partition < 0 ? step.getStepName() : "  " + step.getStepName().substring(partition + 1);
    }

    private static double seconds(LocalDateTime start, LocalDateTime end) {
        return start == null || end == null ? 0 : Duration.between(start, end).toMillis() / 1000.0;
    }

}
