package io.kubeledger.report;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import io.kubeledger.report.WorkbookTables.TotalOf;
import io.kubeledger.report.WorkbookTables.Share;
import io.kubeledger.report.WorkbookTables.Styles;

/**
 * Every team and namespace beside last month's like-for-like cost, biggest change first.
 */
final class MoversSheet implements WorkbookSheet {

    @Override
    public void write(SXSSFWorkbook workbook, Styles styles, MonthlyReport report) {
        List<Object[]> rows = new ArrayList<>();
        report.teamMovers().forEach(m -> rows.add(moverRow("team", m.key(), m)));
        report.namespaceMovers().forEach(m -> rows.add(moverRow("namespace", m.key().label(), m)));
        report.teamNamespaceMovers().forEach(m -> rows.add(moverRow("team · namespace", m.key().label(), m)));
        String base = report.comparedPeriod() == null ? "Last month" : "Last month (" + report.comparedPeriod() + ")";
        WorkbookTables.table(workbook, styles, "Movers",
                List.of("Kind", "Team, or cluster / namespace", base, "This period", "Change", "Change %"), rows,
                row -> row, new TotalOf(0, "team"));
    }

    /**
     * A mover's row; a change in percent only where there is a base (a new item's cell is
     * empty).
     */
    private static Object[] moverRow(String kind, String name, Mover<?> m) {
        return new Object[] { kind, name, m.before(), m.now(), m.change(), Share.of(m.percent()) };
    }

}
