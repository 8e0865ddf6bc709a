package io.kubeledger.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

import io.kubeledger.lake.Budgets;
import io.kubeledger.report.MonthlyReport.ClusterCost;
import io.kubeledger.report.MonthlyReport.DailyCost;
import io.kubeledger.report.MonthlyReport.MonthTotal;
import io.kubeledger.report.MonthlyReport.TeamCost;

/**
 * What the reports' charts draw, from the report's figures alone: a chart's data is read
 * here (its tests read it too), and {@link ReportCharts} draws it.
 */
public final class ChartFigures {

    private ChartFigures() {
    }

    /**
     * A day of the month and the cost added up through it; {@code estimate}: the bill
     * does not cover the day yet.
     */
    public record Point(int day, BigDecimal cumulative, boolean estimate) {
    }

    /**
     * The month to date added up day by day beside last month's, for the fleet or a team
     * ({@code whose}). {@code charged}: as charged; {@code last}: last month on the
     * comparison's basis (empty without a last month); where the months differ in basis
     * ({@code allocationOnly}), {@code comparable} is this month on that basis,
     * OpenCost's allocation, else it is empty. {@code forecast} is null once the month
     * has ended, {@code budget} without one.
     */
    public record Cumulative(String whose, YearMonth month, List<Point> charged, List<Point> comparable,
            YearMonth lastMonth, List<Point> last, boolean allocationOnly, BigDecimal forecast, BigDecimal budget) {
    }

    /**
     * A team's cost by what it pays for, as its statement prints them, in the order of
     * {@link CostCategory}.
     */
    public record KindBar(String team, List<BigDecimal> kinds) {
    }

    /**
     * A team's (or the fleet's, team null) month to date, forecast (null once the month
     * has ended) and budget.
     */
    public record BudgetBar(String team, BigDecimal actual, BigDecimal forecast, BigDecimal budget) {
    }

    /**
     * The fleet's ({@code team} null) or a team's month to date against last month, its
     * forecast and budget.
     */
    public static Cumulative cumulative(MonthlyReport report, String team) {
        Predicate<LocalDate> estimate = day -> !report.billing().reconciled()
                || day.isAfter(report.billing().billedThrough());
        List<DailyCost> days = report.daily().stream().filter(d -> team == null || d.team().equals(team)).toList();
        LastMonth lastMonth = report.lastMonth();
        boolean allocationOnly = report.allocationOnly();
        List<Point> last = lastMonth == null ? List.of()
                : added(lastMonth.daily().stream().filter(d -> team == null || d.team().equals(team)).toList(),
                        allocationOnly ? DailyCost::allocation : DailyCost::cost, day -> false);
        TeamCost cost = team == null ? null : report.team(team).orElse(null);
        BigDecimal forecast = report.complete() ? null
                : cost == null && team != null ? null : report.forecast(cost == null ? report.total() : cost.cost(),
                        cost == null ? report.corrections() : cost.corrections());
        Budgets.Use budget = report.budgetUse(team);
        return new Cumulative(team == null ? "the fleet" : team, report.month(), added(days, DailyCost::cost, estimate),
                allocationOnly ? added(days, DailyCost::allocation, estimate) : List.of(),
                lastMonth == null ? null : lastMonth.month(), last, allocationOnly, forecast,
                budget == null ? null : budget.budget());
    }

    /**
     * Each team's cost by kind, as its statement prints it, in the order of the report's
     * teams.
     */
    public static List<KindBar> kinds(MonthlyReport report) {
        return report.teams().stream().map(t -> new KindBar(t.team(), report.printedByCategory(t))).toList();
    }

    /**
     * The fleet's budget first, then each team with one, in the order of the report's
     * teams.
     */
    public static List<BudgetBar> budgets(MonthlyReport report) {
        List<BudgetBar> bars = new ArrayList<>();
        Budgets.Use fleet = report.budgetUse(null);
        if (fleet != null) {
            bars.add(new BudgetBar(null, fleet.actual(), fleet.forecast(), fleet.budget()));
        }
        report.teams().forEach(t -> {
            Budgets.Use use = report.budgetUse(t.team());
            if (use != null) {
                bars.add(new BudgetBar(t.team(), use.actual(), use.forecast(), use.budget()));
            }
        });
        return bars;
    }

    /**
     * Each cluster the bill covers, the idlest for its bill
     * ({@link ClusterCost#idleShare}) first.
     */
    public static List<ClusterCost> idle(MonthlyReport report) {
        return report.clusters()
            .stream()
            .filter(c -> c.billed().signum() > 0)
            .sorted(Comparator.comparingDouble(ClusterCost::idleShare).reversed())
            .toList();
    }

    /** The months the lake holds, oldest first, this one last: what the trend draws. */
    public static List<MonthTotal> trend(MonthlyReport report) {
        List<MonthTotal> months = new ArrayList<>(report.history());
        months.add(new MonthTotal(report.month(), report.reportDate(), report.total(), report.billing().reconciled()));
        return months;
    }

    /**
     * The days' costs added up day by day, each marked whether it is an {@code estimate}.
     */
    private static List<Point> added(List<DailyCost> days, Function<DailyCost, BigDecimal> cost,
            Predicate<LocalDate> estimate) {
        Map<LocalDate, BigDecimal> byDay = new TreeMap<>();
        days.forEach(d -> byDay.merge(d.day(), cost.apply(d), BigDecimal::add));
        List<Point> points = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (Map.Entry<LocalDate, BigDecimal> day : byDay.entrySet()) {
            sum = sum.add(day.getValue());
            points.add(new Point(day.getKey().getDayOfMonth(), sum, estimate.test(day.getKey())));
        }
        return points;
    }

}
