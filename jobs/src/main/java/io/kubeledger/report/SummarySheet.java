package io.kubeledger.report;

import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import io.kubeledger.compliance.Status;
import io.kubeledger.report.MonthlyReport.Rightsizing;
import io.kubeledger.report.WorkbookTables.Styles;
import io.kubeledger.rightsizing.RequestAction;

/** The workbook's first sheet: the month's figures, one a line, each with its label. */
final class SummarySheet implements WorkbookSheet {

    private static final int SUMMARY_TEXT_WIDTH = 100;

    @Override
    public void write(SXSSFWorkbook workbook, Styles styles, MonthlyReport report) {
        SXSSFSheet sheet = workbook.createSheet("Summary");
        Rightsizing rightsizing = report.rightsizing();
        Object[][] lines = { { "kubeledger chargeback", report.month().toString() },
                { "Status", report.words().status() }, { "Currency", report.currency() },
                { "Total cost", report.total() },
                { "Against last month",
                        Optional.ofNullable(report.words().comparison(null)).orElse("no last month in the lake") },
                { "Data coverage", report.coverage().notice() },
                { "Forecast for the month",
                        Optional.<Object>ofNullable(report.words().forecastLine(report.total(), report.corrections()))
                            .orElse(report.complete() ? "the month has ended" : "no day of data") },
                { "Budget",
                        Optional.ofNullable(report.budgetUse(null))
                            .map(use -> use.describe(report.currency()))
                            .orElse("none (kubeledger.budget.total)") },
                { "Bill", report.billing().headline(report.reportDate()) },
                { "Billed with no OpenCost row (all idle)",
                        report.billing().billedWithoutWorkload().isEmpty() ? "none"
                                : String.join(", ", report.billing().billedWithoutWorkload()) },
                { "Teams", (long) report.teams().size() },
                { "Log Analytics charged (container-log and monitoring lines)", report.chargedLogs() },
                { "  Of which ingestion at the price list", report.ingestionTotal() },
                { "  Of which the workspaces' bills beyond it (commitment tier, retention, queries)",
                        report.logsBeyondPriceList() },
                { "Unregistered teams (named by a label only)", String.join(", ", report.unregisteredTeams()) },
                { "Missing clusters (their workload is not charged)",
                        report.inputs().missingClusters().isEmpty() ? "none"
                                : String.join("; ", report.inputs().missingClusters()) },
                { "OpenCost rows read (month to date and the lookback)", report.inputs().opencostRowsRead() },
                { "OpenCost rows quarantined", report.inputs().opencostRowsQuarantined() },
                { "OpenCost credit rows (negative TotalCost, charged as written)", report.inputs().creditRows() },
                { "  Their sum", report.inputs().credits() },
                { "OpenCost rows with an unknown figure (charged; left out of the rightsizing)",
                        report.inputs().rowsWithUnknownFigures() },
                { "Team labels naming no team (charged by namespace rules)",
                        report.inputs().invalidTeamLabels().isEmpty() ? "none"
                                : report.inputs().invalidTeamLabels(Integer.MAX_VALUE, report.currency()) },
                { "Log Analytics rows read (month to date and the lookback)", report.inputs().logRowsRead() },
                { "Log Analytics rows quarantined", report.inputs().logRowsQuarantined() },
                { "Potential savings a month (gross)", report.rightsizing().potentialSavings() },
                { "  Containers to downsize (" + rightsizing.containers(RequestAction.DOWNSIZE).size() + ")",
                        rightsizing.savings(RequestAction.DOWNSIZE) },
                { "  Abandoned workloads (" + rightsizing.containers(RequestAction.ABANDONED).size() + ")",
                        rightsizing.savings(RequestAction.ABANDONED) },
                { "  Containers to resize, saving (" + rightsizing.containers(RequestAction.RESIZE)
                    .stream()
                    .filter(c -> c.monthlySavings().signum() > 0)
                    .count() + ")", rightsizing.resizeSavings() },
                { "  Log table plans (" + rightsizing.tableChanges().size() + ")", rightsizing.tableSavings() },
                { "Containers at risk, to upsize or resize (" + (rightsizing.containers(RequestAction.UPSIZE).size()
                        + rightsizing.containers(RequestAction.RESIZE).size()) + "): cost a month",
                        rightsizing.atRiskCost() },
                { "Every change applied: the chargeback's change a month", report.rightsizingChargebackChange() },
                { "Containers seen / not judged (too few days, or gone)",
                        report.inputs().containersSeen() + " / " + report.inputs().containersNotJudged() },
                { "Compliance findings: pass / warn / fail / not applicable",
                        report.findings(Status.PASS) + " / " + report.findings(Status.WARN) + " / "
                                + report.findings(Status.FAIL) + " / " + report.findings(Status.NOT_APPLICABLE) },
                { "How costs are shared", "see the sheet 'How to read'" }, };
        int labelWidth = 0;
        for (int i = 0; i < lines.length; i++) {
            Row row = sheet.createRow(i);
            Cell label = row.createCell(0);
            label.setCellValue((String) lines[i][0]);
            label.setCellStyle(styles.bold);
            labelWidth = Math.max(labelWidth, ((String) lines[i][0]).length());
            Cell value = row.createCell(1);
            WorkbookTables.set(value, lines[i][1], styles);
            if (lines[i][1] instanceof String text && text.length() > SUMMARY_TEXT_WIDTH) {
                value.setCellStyle(styles.wrapped);
            }
        }
        // Every label whole; a long text wraps within its column rather than running off
        // the page.
        sheet.setColumnWidth(0, (labelWidth + 2) * 256);
        sheet.setColumnWidth(1, SUMMARY_TEXT_WIDTH * 256);
        WorkbookTables.printSetup(sheet, true);
    }

}
