package io.kubeledger.report;

import java.util.List;
import java.util.Optional;

import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import io.kubeledger.lake.Budgets;
import io.kubeledger.report.MonthlyReport.TeamCost;
import io.kubeledger.report.WorkbookTables.Styles;
import io.kubeledger.report.WorkbookTables.Share;

/**
 * Each team's month by what it pays for, beside last month, its forecast and its budget.
 */
final class TeamsSheet implements WorkbookSheet {

    /** The heading of a column of the change against the compared period. */
    static String against(MonthlyReport report) {
        return "Change against " + Optional.ofNullable(report.comparedPeriod()).orElse("last month");
    }

    @Override
    public void write(SXSSFWorkbook workbook, Styles styles, MonthlyReport report) {
        WorkbookTables.table(workbook, styles, "Teams",
                List.of("Team", "Cost center", "Registered", "Workload", "Container logs", "Shared", "Monitoring",
                        "Idle", "Corrections of earlier periods", "Cost", "Share", against(report),
                        "Forecast for the month", "Budget", "Budget used", "Budget status"),
                report.teams(), (TeamCost t) -> teamRow(report, t));
    }

    private static Object[] teamRow(MonthlyReport report, TeamCost t) {
        Budgets.Use budget = report.budgetUse(t.team());
        return new Object[] { t.team(), t.costCenter(), t.registered() ? "yes" : "no (label names no configured team)",
                t.amount(CostCategory.WORKLOAD), t.amount(CostCategory.CONTAINER_LOGS), t.amount(CostCategory.SHARED),
                t.amount(CostCategory.MONITORING), t.amount(CostCategory.IDLE), t.corrections(), t.cost(),
                new Share(report.share(t.cost())), Share.of(report.changeRatioOf(t.team(), t.cost())),
                report.forecast(t.cost(), t.corrections()), budget == null ? null : budget.budget(),
                budget == null ? null : new Share(budget.shareUsed()),
                budget == null ? null : Optional.ofNullable(budget.flag()).orElse("within budget") };
    }

}
