package io.kubeledger.report;

import static io.kubeledger.report.MonthlyReports.OCTOBER;
import static io.kubeledger.report.MonthlyReports.billedThrough;
import static io.kubeledger.report.MonthlyReports.coverage;
import static io.kubeledger.report.MonthlyReports.october;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.kubeledger.lake.Budgets;
import io.kubeledger.report.ChartFigures.Cumulative;
import io.kubeledger.report.ChartFigures.Point;
import io.kubeledger.report.MonthlyReport.ClusterCost;
import io.kubeledger.report.MonthlyReport.DailyCost;
import io.kubeledger.report.MonthlyReport.MonthTotal;

/** The charts' data, read from the report model as the renderers draw it. */
class ChartFiguresTests {

    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

    @Test
    void theMonthToDateIsAddedUpDayByDayItsUnbilledDaysMarkedBesideTheForecastAndTheBudget() {
        // given: four days of October, billed through the 2nd; payments has a budget of
        // 500
        MonthlyReport report = october(4, billedThrough(2),
                List.of(day(1, "payments", "100", "80"), day(2, "payments", "110", "90"),
                        day(3, "payments", "90", "90"), day(4, "payments", "100", "100"), day(1, "search", "50", "50")),
                null, new Budgets(null, Map.of("payments", new BigDecimal("500"))));

        // when
        Cumulative payments = ChartFigures.cumulative(report, "payments");

        // then: 400 in four days, 100 a day for the 27 days left
        assertThat(payments.charged()).containsExactly(point(1, "100", false), point(2, "210", false),
                point(3, "300", true), point(4, "400", true));
        assertThat(payments.forecast()).isEqualByComparingTo("3100");
        assertThat(payments.budget()).isEqualByComparingTo("500");
        assertThat(payments.comparable()).isEmpty();
        assertThat(payments.lastMonth()).isNull();
        assertThat(ChartFigures.cumulative(report, null).charged()).last()
            .satisfies(fleet -> assertThat(fleet.cumulative()).isEqualByComparingTo("450"));
    }

    @Test
    void anEstimatedLastMonthIsDrawnOnItsBasisBesideThisMonthOnTheSameBasis() {
        // given: September an estimate, October billed: compared on OpenCost's allocation
        LastMonth september = new LastMonth(SEPTEMBER, SEPTEMBER.atEndOfMonth(), coverage(SEPTEMBER, 30), Map.of(),
                Map.of(), Map.of(), new LastMonth.Basis(false),
                List.of(new DailyCost(SEPTEMBER.atDay(1), "payments", new BigDecimal("70"), new BigDecimal("70")),
                        new DailyCost(SEPTEMBER.atDay(2), "payments", new BigDecimal("75"), new BigDecimal("75"))));
        MonthlyReport report = october(2, billedThrough(2),
                List.of(day(1, "payments", "100", "80"), day(2, "payments", "110", "90")), september, Budgets.NONE);

        // when
        Cumulative payments = ChartFigures.cumulative(report, "payments");

        // then: last month's allocation beside this month's, and this month as charged
        // too
        assertThat(payments.allocationOnly()).isTrue();
        assertThat(payments.last()).containsExactly(point(1, "70", false), point(2, "145", false));
        assertThat(payments.comparable()).containsExactly(point(1, "80", false), point(2, "170", false));
        assertThat(payments.charged()).extracting(Point::cumulative)
            .containsExactly(new BigDecimal("100"), new BigDecimal("210"));
        assertThat(payments.budget()).isNull();
    }

    @Test
    void aClustersIdleIsItsShareOfTheClustersBillNotOfACostThatHoldsItsLogs() {
        // given: a cluster charged 1,200 (200 of them its logs) on a bill of 1,000, 250
        // of it idle
        MonthlyReport report = october(31, billedThrough(31), List.of(), null, Budgets.NONE);
        MonthlyReport withClusters = new MonthlyReport(report.month(), report.reportDate(), true, "USD", report.total(),
                report.billedTotal(), report.teams(),
                List.of(new ClusterCost("aks-a", new BigDecimal("1200"), new BigDecimal("250"), new BigDecimal("1000"),
                        new BigDecimal("750")),
                        new ClusterCost("aks-b", new BigDecimal("300"), BigDecimal.ZERO, BigDecimal.ZERO,
                                BigDecimal.ZERO)),
                List.of(), List.of(), List.of(), List.of(), report.inputs(), report.rightsizing(), List.of(), List.of(),
                null, report.billing(), report.coverage(), Budgets.NONE, List.of(), List.of(), List.of());

        // then: 25 %, not 20.8 %; a cluster without a bill is not drawn
        assertThat(ChartFigures.idle(withClusters)).singleElement().satisfies(bar -> {
            assertThat(bar.cluster()).isEqualTo("aks-a");
            assertThat(bar.idleShare()).isCloseTo(0.25, within(1e-12));
        });
        assertThat(withClusters.clusters().get(0).idleShare()).isCloseTo(0.25, within(1e-12));
    }

    @Test
    void theTrendIsTheMonthsTheLakeHoldsThisOneLast() {
        // given: August and September in the lake
        MonthlyReport report = october(4, billedThrough(4), List.of(day(1, "payments", "100", "100")), null,
                Budgets.NONE);
        List<MonthTotal> history = List.of(
                new MonthTotal(YearMonth.of(2026, 8), LocalDate.of(2026, 8, 31), new BigDecimal("3000"), false),
                new MonthTotal(SEPTEMBER, LocalDate.of(2026, 9, 20), new BigDecimal("2000"), true));
        MonthlyReport withHistory = new MonthlyReport(report.month(), report.reportDate(), false, "USD", report.total(),
                report.billedTotal(), report.teams(), List.of(), List.of(), report.daily(), List.of(), List.of(),
                report.inputs(), report.rightsizing(), List.of(), List.of(), null, report.billing(), report.coverage(),
                Budgets.NONE, List.of(), List.of(), history);

        // then
        assertThat(ChartFigures.trend(withHistory)).extracting(MonthTotal::month, MonthTotal::whole)
            .containsExactly(tuple(YearMonth.of(2026, 8), true), tuple(SEPTEMBER, false), tuple(OCTOBER, false));
        assertThat(ChartFigures.trend(withHistory).get(2).cost()).isEqualByComparingTo("100");
    }

    private static DailyCost day(int day, String team, String cost, String allocation) {
        return new DailyCost(OCTOBER.atDay(day), team, new BigDecimal(cost), new BigDecimal(allocation));
    }

    private static Point point(int day, String cumulative, boolean estimate) {
        return new Point(day, new BigDecimal(cumulative), estimate);
    }

}
