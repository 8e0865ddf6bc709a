package io.kubeledger.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import io.kubeledger.report.WorkbookTables.Styles;

/**
 * Each cluster against each day of the period: the OpenCost rows read, or "missing" where
 * there were none.
 */
final class CoverageSheet implements WorkbookSheet {

    @Override
    public void write(SXSSFWorkbook workbook, Styles styles, MonthlyReport report) {
        Coverage coverage = report.coverage();
        List<String> headers = new ArrayList<>(List.of("Cluster", "Days without data"));
        coverage.days().forEach(day -> headers.add(day.toString()));
        WorkbookTables.table(workbook, styles, "Coverage", headers, List.copyOf(coverage.rowsRead().keySet()),
                cluster -> {
                    List<Object> cells = new ArrayList<>(
                            List.of(cluster, (long) coverage.gaps().getOrDefault(cluster, List.of()).size()));
                    coverage.days().forEach(day -> {
                        long rows = coverage.rows(cluster, day);
                        cells.add(rows == 0 ? "missing" : rows == Coverage.UNCOUNTED ? "data" : (Object) rows);
                    });
                    return cells.toArray();
                });
    }

}
