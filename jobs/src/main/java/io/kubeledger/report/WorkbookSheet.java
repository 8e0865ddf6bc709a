package io.kubeledger.report;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import io.kubeledger.report.WorkbookTables.Styles;

/**
 * One or more sheets of the month's workbook, added in the order
 * {@link WorkbookReportWriter} lists them.
 */
@FunctionalInterface
interface WorkbookSheet {

    void write(SXSSFWorkbook workbook, Styles styles, MonthlyReport report);

}
