package io.kubeledger.report;

import static io.kubeledger.report.CoverageTests.everyDay;
import static io.kubeledger.report.CoverageTests.without;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LastMonthTests {

    private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

    @ParameterizedTest
    @CsvSource({ "2026-10-15, 2026-09-15", "2026-10-31, 2026-09-30", "2026-10-30, 2026-09-30", "2026-03-30, 2026-02-28",
            "2026-03-31, 2026-02-28", "2026-02-28, 2026-01-31", "2026-01-10, 2025-12-10" })
    void theComparedPeriodEndsOnTheSameDayOfLastMonthOrAtItsEnd(LocalDate reportDate, LocalDate periodEnd) {
        assertThat(LastMonth.periodEnd(reportDate)).isEqualTo(periodEnd);
    }

    @Test
    void aMonthToDateIsComparedWithTheSameDaysOfLastMonthByTheirTotals() {
        // given: October 1 to 15 and September 1 to 15, both with every day's data
        LastMonth september = september(LocalDate.of(2026, 9, 15),
                everyDay(SEPTEMBER.atDay(1), SEPTEMBER.atDay(15), 10), "100");
        Coverage october = october(15, everyDay(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 15), 10));

        // then
        assertThat(september.headline(october, new BigDecimal("110"), september.total(), "USD"))
            .isEqualTo("Same days of last month (2026-09-01 to 15, data on every day): 100.00 USD · +10.0 %");
        assertThat(september.shortChange(october, new BigDecimal("55"), september.of("payments")))
            .isEqualTo("+10.0 % vs 2026-09-01 to 15");
    }

    @Test
    void twoWholeMonthsAreComparedByTheirTotalsWhateverTheirLengths() {
        LastMonth september = september(SEPTEMBER.atEndOfMonth(),
                everyDay(SEPTEMBER.atDay(1), SEPTEMBER.atEndOfMonth(), 10), "3000");
        Coverage october = october(31, everyDay(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), 10));

        assertThat(september.headline(october, new BigDecimal("3100"), september.total(), "USD"))
            .isEqualTo("Last month (2026-09, final, data on every day): 3,000.00 USD · +3.3 %");
        assertThat(september.shortChange(october, new BigDecimal("1600"), september.of("payments")))
            .isEqualTo("+6.7 % vs 2026-09");
    }

    @Test
    void aMonthWhoseDataStartedLateIsComparedPerDayOfData() {
        // given: September has data from the 17th only (14 days); October every day (31)
        LastMonth september = september(SEPTEMBER.atEndOfMonth(),
                everyDay(SEPTEMBER.atDay(17), SEPTEMBER.atEndOfMonth(), 10), "1400");
        Coverage october = october(31, everyDay(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), 10));

        // then: 100 a day against 99.90 a day, not 1,400 against 3,096.90 (+121 %)
        assertThat(september.headline(october, new BigDecimal("3096.90"), september.total(), "USD"))
            .isEqualTo("Last month (2026-09, month ended, data incomplete, data on 14 of 30 days): 1,400.00 USD · not "
                    + "like for like, so " + "per day of data: 100.00 then, 99.90 USD now: -0.1 %");
        assertThat(september.shortChange(october, new BigDecimal("3096.90"), september.total()))
            .isEqualTo("-0.1 % a day vs 2026-09");
    }

    @Test
    void aMonthWithGapsIsNotComparedByItsTotal() {
        LastMonth september = september(SEPTEMBER.atEndOfMonth(),
                everyDay(SEPTEMBER.atDay(1), SEPTEMBER.atEndOfMonth(), 10), "3000");
        Coverage october = new Coverage(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31),
                Map.of("aks-a", without(everyDay(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), 10), 3, 4, 5)));

        assertThat(september.headline(october, new BigDecimal("2800"), september.total(), "USD"))
            .contains("not like for like, so per day of data: 100.00 then, 100.00 USD now: +0.0 %");
    }

    @Test
    void aPeriodNotLikeThisOneIsScaledToThisPeriodsDaysOfDataToBeComparedWith() {
        // given: September with 14 days of data, October with 31
        LastMonth september = september(SEPTEMBER.atEndOfMonth(),
                everyDay(SEPTEMBER.atDay(17), SEPTEMBER.atEndOfMonth(), 10), "1400");
        Coverage october = october(31, everyDay(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), 10));

        assertThat(september.comparable(new BigDecimal("1400.00"), october)).isEqualByComparingTo("3100.00");
        assertThat(september.period(october)).isEqualTo("2026-09, per day of data");
    }

    @Test
    void aTeamNewThisMonthIsSaidToBeNew() {
        LastMonth september = september(SEPTEMBER.atEndOfMonth(),
                everyDay(SEPTEMBER.atDay(1), SEPTEMBER.atEndOfMonth(), 10), "3000");
        Coverage october = october(31, everyDay(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), 10));

        assertThat(september.shortChange(october, BigDecimal.TEN, september.of("newcomers")))
            .isEqualTo("new since 2026-09");
    }

    @Test
    void aLastMonthWhoseLatestRunWasBeforeItsEndSaysSo() {
        // given: September's latest run in the lake is of the 20th
        LastMonth september = new LastMonth(SEPTEMBER, LocalDate.of(2026, 9, 20),
                new Coverage(SEPTEMBER.atDay(1), LocalDate.of(2026, 9, 20),
                        Map.of("aks-a", everyDay(SEPTEMBER.atDay(1), LocalDate.of(2026, 9, 20), 1))),
                Map.of("payments", new BigDecimal("2000")), Map.of(), Map.of(), null, List.of());
        Coverage october = october(31, everyDay(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), 10));

        assertThat(september.headline(october, new BigDecimal("3100"), september.total(), "USD"))
            .startsWith("Last month as its latest run left it (2026-09-01 to 20, data on every day): 2,000.00 USD"
                    + " · not like for like, so per day of data: 100.00 then, 100.00 USD now");
    }

    @Test
    void monthsOfDifferentBasesAreComparedOnOpenCostsAllocationSayingSo() {
        // given: September an estimate, October billed, compared without idle and
        // corrections
        LastMonth september = new LastMonth(SEPTEMBER, SEPTEMBER.atEndOfMonth(),
                new Coverage(SEPTEMBER.atDay(1), SEPTEMBER.atEndOfMonth(),
                        Map.of("aks-a", everyDay(SEPTEMBER.atDay(1), SEPTEMBER.atEndOfMonth(), 1))),
                Map.of("payments", new BigDecimal("3000")), Map.of(), Map.of(), new LastMonth.Basis(false), List.of());
        Coverage october = october(31, everyDay(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31), 10));

        assertThat(september.headline(october, new BigDecimal("3100"), september.total(), "USD"))
            .isEqualTo("Last month (2026-09, final, data on every day): 3,000.00 USD on OpenCost's allocation (logs "
                    + "at the price list, idle and corrections left out: 2026-09 is an estimate, this month billed)"
                    + " · +3.3 %");
    }

    @Test
    void aChangeThatRoundsToNothingIsNeverNegativeZero() {
        assertThat(LastMonth.percent(-0.04)).isEqualTo("+0.0 %");
        assertThat(LastMonth.percent(-0.05)).isEqualTo("-0.1 %");
        assertThat(LastMonth.percent(3.25)).isEqualTo("+3.3 %");
    }

    @Test
    void aClustersCostIsItsOwnNamespacesWhateverTheClustersNamesHold() {
        // given: a cluster whose name starts as another's key once did
        LastMonth september = new LastMonth(SEPTEMBER, SEPTEMBER.atEndOfMonth(),
                new Coverage(SEPTEMBER.atDay(1), SEPTEMBER.atEndOfMonth(), Map.of()), Map.of(),
                Map.of(NamespaceKey.of("aks", "payments"), new BigDecimal("10"), NamespaceKey.of("aks / eu", "search"),
                        new BigDecimal("5")),
                Map.of(), null, List.of());

        // when / then
        assertThat(september.ofCluster("aks")).isEqualByComparingTo("10");
        assertThat(september.ofCluster("aks / eu")).isEqualByComparingTo("5");
    }

    private static LastMonth september(LocalDate through, Map<LocalDate, Long> days, String total) {
        return new LastMonth(SEPTEMBER, SEPTEMBER.atEndOfMonth(),
                new Coverage(SEPTEMBER.atDay(1), through, Map.of("aks-a", days)),
                Map.of("payments", new BigDecimal(total).divide(BigDecimal.valueOf(2)), "search",
                        new BigDecimal(total).divide(BigDecimal.valueOf(2))),
                Map.of(), Map.of(), null, List.of());
    }

    private static Coverage october(int through, Map<LocalDate, Long> days) {
        return new Coverage(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, through), Map.of("aks-a", days));
    }

}
