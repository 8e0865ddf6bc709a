package io.kubeledger.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.kubeledger.lake.Billing;
import io.kubeledger.lake.Budgets;
import io.kubeledger.lake.InputCounts;
import io.kubeledger.report.MonthlyReport.DailyCost;
import io.kubeledger.report.MonthlyReport.Rightsizing;
import io.kubeledger.report.MonthlyReport.TeamCost;

/**
 * Reports of October 2026 built by hand, for the tests of what the reports draw and say.
 */
final class MonthlyReports {

    static final YearMonth OCTOBER = YearMonth.of(2026, 10);

    private MonthlyReports() {
    }

    static MonthlyReport october(int through, Billing billing, List<DailyCost> daily, LastMonth lastMonth,
            Budgets budgets) {
        Map<String, BigDecimal> costs = new TreeMap<>();
        daily.forEach(d -> costs.merge(d.team(), d.cost(), BigDecimal::add));
        List<TeamCost> teams = costs.entrySet()
            .stream()
            .map(e -> new TeamCost(e.getKey(), null, true, Map.of(CostCategory.WORKLOAD, e.getValue()), e.getValue(),
                    e.getValue()))
            .toList();
        BigDecimal total = costs.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return new MonthlyReport(OCTOBER, OCTOBER.atDay(through), through == OCTOBER.lengthOfMonth(), "USD", total,
                total, teams, List.of(), List.of(), daily, List.of(), List.of(),
                new InputCounts(0, 0, 0, 0, 0, 0, Map.of(), List.of(), 0, BigDecimal.ZERO, 0, Map.of()),
                new Rightsizing(List.of(), List.of(), 15), List.of(), List.of(), lastMonth, billing,
                coverage(OCTOBER, through), budgets, List.of(), List.of(), List.of());
    }

    static Billing billedThrough(int day) {
        return new Billing("run-1", OCTOBER.atDay(day), null, Map.of(), Map.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), null);
    }

    static Coverage coverage(YearMonth month, int through) {
        Map<LocalDate, Long> rows = new TreeMap<>();
        month.atDay(1).datesUntil(month.atDay(through).plusDays(1)).forEach(day -> rows.put(day, 10L));
        return new Coverage(month.atDay(1), month.atDay(through), Map.of("aks-a", rows));
    }

}
