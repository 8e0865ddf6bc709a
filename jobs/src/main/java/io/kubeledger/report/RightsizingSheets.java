package io.kubeledger.report;

import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import io.kubeledger.report.MonthlyReport.Rightsizing;
import io.kubeledger.report.WorkbookTables.Share;
import io.kubeledger.report.WorkbookTables.Styles;
import io.kubeledger.report.WorkbookTables.Mebibytes;
import io.kubeledger.report.WorkbookTables.Cores;
import io.kubeledger.report.WorkbookTables.Gigabytes;
import io.kubeledger.rightsizing.ChangeCommands;
import io.kubeledger.rightsizing.ContainerRecommendation;
import io.kubeledger.rightsizing.TablePlanRecommendation;

/** Every container's recommendation, then every log table's plan. */
final class RightsizingSheets implements WorkbookSheet {

    @Override
    public void write(SXSSFWorkbook workbook, Styles styles, MonthlyReport report) {
        Rightsizing rightsizing = report.rightsizing();
        WorkbookTables.table(workbook, styles, "Rightsizing", List.of("Team", "Cluster", "Namespace", "Controller kind",
                "Controller", "Container", "Action", "Saving a month", "Cost a month", "Change", "Days observed",
                "CPU request", "CPU avg", "CPU peak daily", "CPU recommended", "Memory request MiB", "Memory avg MiB",
                "Memory peak daily MiB", "Memory recommended MiB", "Reason", "Sized on", "CPU percentile (Prometheus)",
                "Memory max MiB (Prometheus)", "OOM-killed pod-days", "CPU throttled"), rightsizing.containers(),
                (ContainerRecommendation r) -> new Object[] { r.team(), r.key().cluster(), r.key().namespace(),
                        r.key().controllerKind(), r.key().controller(), r.key().container(), r.action().value(),
                        positive(r.monthlySavings()), positive(r.monthlySavings().negate()),
                        ChangeCommands.forContainer(r), (long) r.daysObserved(), new Cores(r.cpuRequestCores()),
                        new Cores(r.cpuUsageAvgCores()), new Cores(r.cpuUsagePeakDailyCores()),
                        new Cores(r.cpuRecommendedCores()), new Mebibytes(r.ramRequestBytes()),
                        new Mebibytes(r.ramUsageAvgBytes()), new Mebibytes(r.ramUsagePeakDailyBytes()),
                        new Mebibytes(r.ramRecommendedBytes()), r.reason(), RightsizingLines.basis(r),
                        r.observed() == null ? null : new Cores(r.observed().cpuPercentileCores()),
                        r.observed() == null ? null : new Mebibytes(r.observed().ramMaxBytes()),
                        r.observed() == null ? null : (long) r.observed().oomKilledPodDays(),
                        r.observed() == null || r.observed().throttledShare() == null ? null
                                : new Share(r.observed().throttledShare()) });
        WorkbookTables.table(workbook, styles, "Log tables",
                List.of("Workspace", "Table", "Plan", "Recommended plan", "Saving a month",
                        "Charged total's change a month", "Change", "Billable GB (lookback)", "Cost (lookback)",
                        "Queries (lookback)", "Scanned GB (lookback)", "Query cost on Basic (lookback)", "Reason"),
                rightsizing.tables(),
                (TablePlanRecommendation t) -> new Object[] { t.usage().workspace(), t.usage().table(),
                        t.usage().plan(), t.recommendedPlan(), t.monthlySavings(), report.tableChargebackChange(t),
                        ChangeCommands.forTable(t), new Gigabytes(t.usage().billableGb()), t.usage().cost(),
                        t.usage().queries(),
                        t.usage().scannedGb() == null ? null : new Gigabytes(t.usage().scannedGb()), t.queryCost(),
                        t.reason() });
    }

    /**
     * The amount when it is above zero, else nothing: a saving and a cost each in a
     * column of its own, both positive, so that neither reads as a negative of the other.
     */
    private static BigDecimal positive(BigDecimal amount) {
        return amount.signum() > 0 ? amount : null;
    }

}
