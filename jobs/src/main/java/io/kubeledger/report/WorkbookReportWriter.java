package io.kubeledger.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import io.kubeledger.lake.TableIngestion;
import io.kubeledger.report.MonthlyReport.ClusterCost;
import io.kubeledger.report.MonthlyReport.DailyCost;
import io.kubeledger.report.MonthlyReport.NamespaceCost;
import io.kubeledger.report.WorkbookTables.Styles;
import io.kubeledger.report.WorkbookTables.Gigabytes;
import io.kubeledger.report.WorkbookTables.Share;

/**
 * Writes the month's workbook with a streaming POI workbook: a Summary sheet, then one
 * sheet per breakdown with a frozen, filtered header row and currency-formatted amounts,
 * then how to read it. The sheets with more than a table of rows are a
 * {@link WorkbookSheet} each; they, this and {@link WorkbookTables}, their machinery, are
 * the only classes that know POI.
 */
public final class WorkbookReportWriter {

    private static final int WINDOW_ROWS = 500;

    /** The sheets, in the workbook's order. */
    private static final List<WorkbookSheet> SHEETS = List.of(new SummarySheet(), new TeamsSheet(),
            WorkbookReportWriter::clusters, new InvoiceSheets(), new CoverageSheet(), new MoversSheet(),
            new ResourcesSheet(), WorkbookReportWriter::namespaces, WorkbookReportWriter::daily,
            WorkbookReportWriter::logIngestion, new RightsizingSheets(), new ComplianceSheets(),
            WorkbookReportWriter::howToRead);

    public void write(MonthlyReport report, Path file) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW_ROWS)) {
            // Made on its report date rather than at the moment it is written, so that a
            // rerun of the day writes the same bytes.
            workbook.getXSSFWorkbook()
                .getProperties()
                .getCoreProperties()
                .setCreated(Optional.of(Date.from(report.reportDate().atStartOfDay(ZoneOffset.UTC).toInstant())));
            Styles styles = new Styles(workbook, report.currency());
            SHEETS.forEach(sheet -> sheet.write(workbook, styles, report));
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook " + file, e);
        }
    }

    private static void clusters(SXSSFWorkbook workbook, Styles styles, MonthlyReport report) {
        WorkbookTables.table(workbook, styles, "Clusters", List.of(
                "Cluster", "Cost", "Share", TeamsSheet.against(report), "Billed (days the bill covers)",
                "Allocated to containers (same days)", "Idle", "Idle share of the bill", "OpenCost rows quarantined"),
                report.clusters(),
                (ClusterCost c) -> new Object[] { c.cluster(), c.cost(), new Share(report.share(c.cost())),
                        Share.of(report.clusterChangeRatio(c)), c.billed(), c.allocated(), c.idle(),
                        new Share(c.idleShare()), report.inputs().opencostQuarantined(c.cluster()) });
    }

    private static void namespaces(SXSSFWorkbook workbook, Styles styles, MonthlyReport report) {
        WorkbookTables.table(workbook, styles, "Namespaces", List.of("Cluster", "Namespace", "Team", "Cost"),
                report.namespaces(),
                (NamespaceCost n) -> new Object[] { n.cluster(), n.namespace(), n.team(), n.cost() });
    }

    private static void daily(SXSSFWorkbook workbook, Styles styles, MonthlyReport report) {
        WorkbookTables.table(workbook, styles, "Daily", List.of("Day", "Team", "Cost"), report.daily(),
                (DailyCost d) -> new Object[] { d.day(), d.team(), d.cost() });
    }

    private static void logIngestion(SXSSFWorkbook workbook, Styles styles, MonthlyReport report) {
        WorkbookTables.table(workbook, styles, "Log ingestion",
                List.of("Workspace", "Table", "Plan", "Billable GB", "Cost at the price list"), report.ingestion(),
                (TableIngestion i) -> new Object[] { i.workspace(), i.table(), i.plan(), new Gigabytes(i.billableGb()),
                        i.cost() });
    }

    private static void howToRead(SXSSFWorkbook workbook, Styles styles, MonthlyReport report) {
        SXSSFSheet sheet = workbook.createSheet("How to read");
        sheet.setColumnWidth(0, 120 * 256);
        WorkbookTables.printSetup(sheet, true);
        List<String> paragraphs = report.explanation();
        for (int i = 0; i < paragraphs.size(); i++) {
            Cell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(paragraphs.get(i));
            cell.setCellStyle(styles.wrapped);
        }
    }

}
