package io.kubeledger.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import io.kubeledger.lake.Billing;
import io.kubeledger.lake.ResourceTypeBill;
import io.kubeledger.report.WorkbookTables.Styles;

/**
 * Per cluster and bucket, the month's bill over the days it covers beside OpenCost's
 * allocation and the idle rest, then each Log Analytics workspace's bill and each monitor
 * workspace's and monitoring resource's: their sum is what the bill charged this job's
 * resources, to tick on the invoice. The next sheet has the same bill by resource type,
 * with how many of the bill's rows each type had.
 */
final class InvoiceSheets implements WorkbookSheet {

    @Override
    public void write(SXSSFWorkbook workbook, Styles styles, MonthlyReport report) {
        Billing billing = report.billing();
        List<Object[]> rows = new ArrayList<>();
        billing.invoice()
            .forEach(line -> rows
                .add(new Object[] { line.cluster(), line.bucket(), line.billed(), line.allocated(), line.idle() }));
        billing.workspaces()
            .forEach((workspace, billed) -> rows.add(new Object[] { workspace, "log-analytics", billed, null, null }));
        billing.monitoring()
            .forEach((resource, billed) -> rows.add(new Object[] { resource, "monitoring", billed, null, null }));
        billing.corrections()
            .forEach(line -> rows.add(new Object[] { line.billedOn(),
                    line.bucket() + ": correction of " + line.correctedFrom() + " to " + line.correctedThrough(),
                    line.amount(), null, null }));

        WorkbookTables.table(workbook, styles, "Invoice",
                List.of("Cluster, workspace or resource", "Bucket", "Billed", "Allocated by OpenCost", "Idle"), rows,
                row -> row);
        InvoiceBridgeLines.of(report)
            .ifPresent(bridge -> invoiceBridge(workbook.getSheet("Invoice"), styles, report, bridge));
        WorkbookTables.table(workbook, styles, "Invoice by resource type",
                List.of("Resource type", "Bill rows", "Billed"), billing.byResourceType(),
                (ResourceTypeBill type) -> new Object[] { type.resourceType(), type.rows(), type.billed() });
    }

    /**
     * Under the Invoice sheet's lines, the bridge from the invoice to the chargeback,
     * each line's amount in the charged cost column and the bill's lines in the other
     * beside; then the billing period, the invoices and the subscriptions.
     */
    private static void invoiceBridge(SXSSFSheet sheet, Styles styles, MonthlyReport report,
            InvoiceBridgeLines bridge) {
        int r = sheet.getLastRowNum() + 2;
        Row header = sheet.createRow(r++);
        String[] headings = { "Invoice bridge", "", bridge.bridge().costColumn() + " (charged)",
                bridge.bridge().otherColumn() };
        for (int c = 0; c < headings.length; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(headings[c]);
            cell.setCellStyle(styles.header);
        }
        for (InvoiceBridgeLines.BridgeLine line : bridge.lines()) {
            Row row = sheet.createRow(r++);
            WorkbookTables.set(row.createCell(0), line.label(), styles);
            if (line.subtotal()) {
                row.getCell(0).setCellStyle(styles.bold);
            }
            WorkbookTables.set(row.createCell(2), line.charged(), styles);
            WorkbookTables.set(row.createCell(3), line.other(), styles);
        }
        Object[][] facts = {
                { "Billing period", report.month() + " (billed through " + report.billing().billedThrough() + ")" },
                { "Invoices",
                        bridge.bridge().invoiceIds().isEmpty() ? "none on the bill (an EA, or not invoiced yet)"
                                : String.join(", ", bridge.bridge().invoiceIds()) },
                { "Subscriptions", String.join(", ", bridge.bridge().subscriptions()) } };
        r++;
        for (Object[] fact : facts) {
            Row row = sheet.createRow(r++);
            WorkbookTables.set(row.createCell(0), fact[0], styles);
            row.getCell(0).setCellStyle(styles.bold);
            WorkbookTables.set(row.createCell(1), fact[1], styles);
        }
    }

}
