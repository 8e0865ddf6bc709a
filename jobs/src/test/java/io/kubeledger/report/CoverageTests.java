package io.kubeledger.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

class CoverageTests {

    private static final LocalDate FIRST = LocalDate.of(2026, 10, 1);

    private static final LocalDate LAST = LocalDate.of(2026, 10, 31);

    @Test
    void aClusterWithoutRowsOnSomeDaysHasThoseDaysAsGaps() {
        // given: aks-b has no row on the 3rd to the 7th and the 12th
        Coverage coverage = new Coverage(FIRST, LAST, Map.of("aks-a", everyDay(FIRST, LAST, 100), "aks-b",
                without(everyDay(FIRST, LAST, 50), 3, 4, 5, 6, 7, 12)));

        // then
        assertThat(coverage.complete()).isFalse();
        assertThat(coverage.gaps()).containsOnlyKeys("aks-b");
        assertThat(coverage.coveredDays()).hasSize(31);
        assertThat(coverage.describe()).isEqualTo("6 cluster-day(s) without data");
        assertThat(coverage.notice()).isEqualTo("INCOMPLETE DATA: 1 of 2 clusters have no OpenCost row on 6 "
                + "cluster-day(s) 2026-10-01 to 31, whose costs these figures lack: aks-b 2026-10-03 to 07, "
                + "2026-10-12 (the workbook's Coverage sheet has every cluster and day).");
    }

    @Test
    void everyClusterOnEveryDayIsComplete() {
        Coverage coverage = new Coverage(FIRST, LAST, Map.of("aks-a", everyDay(FIRST, LAST, 1)));

        assertThat(coverage.complete()).isTrue();
        assertThat(coverage.describe()).isEqualTo("data on every day");
        assertThat(coverage.notice()).isEqualTo("Data: every day 2026-10-01 to 31 of all 1 clusters.");
    }

    @Test
    void aMonthWhoseDataStartsLateIsCoveredOnItsLastDaysOnly() {
        // given: the sample's September, every cluster from the 17th
        LocalDate first = LocalDate.of(2026, 9, 1);
        LocalDate last = LocalDate.of(2026, 9, 30);
        Coverage coverage = new Coverage(first, last,
                Map.of("aks-a", everyDay(LocalDate.of(2026, 9, 17), last, 9), "aks-b", Map.of()));

        // then: aks-b, whose export could not be read, has no day at all
        assertThat(coverage.coveredDays()).hasSize(14);
        assertThat(coverage.describe()).isEqualTo("data on 14 of 30 days");
        assertThat(coverage.notice()).contains("2 of 2 clusters have no OpenCost row on 46 cluster-day(s)")
            .contains("aks-a 2026-09-01 to 16; aks-b every day");
    }

    @Test
    void theFirstDaysOfAPeriodKeepTheirClustersAndRows() {
        Coverage coverage = new Coverage(FIRST, LAST, Map.of("aks-a", without(everyDay(FIRST, LAST, 7), 20)));

        Coverage firstHalf = coverage.through(LocalDate.of(2026, 10, 15));

        assertThat(firstHalf.days()).hasSize(15);
        assertThat(firstHalf.complete()).isTrue();
        assertThat(firstHalf.rows("aks-a", LocalDate.of(2026, 10, 15))).isEqualTo(7);
        assertThat(coverage.through(LocalDate.of(2026, 11, 30)).through()).isEqualTo(LAST);
    }

    @Test
    void daysAreWrittenAsRangesOfConsecutiveDays() {
        assertThat(Coverage.ranges(List.of(LocalDate.of(2026, 9, 29), LocalDate.of(2026, 9, 30),
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 5))))
            .isEqualTo("2026-09-29 to 2026-10-01, 2026-10-05");
        assertThat(Coverage.range(FIRST, FIRST)).isEqualTo("2026-10-01");
    }

    static Map<LocalDate, Long> everyDay(LocalDate first, LocalDate last, long rows) {
        Map<LocalDate, Long> days = new TreeMap<>();
        first.datesUntil(last.plusDays(1)).forEach(day -> days.put(day, rows));
        return days;
    }

    static Map<LocalDate, Long> without(Map<LocalDate, Long> days, int... daysOfMonth) {
        Map<LocalDate, Long> kept = new TreeMap<>(days);
        for (int day : daysOfMonth) {
            kept.keySet().removeIf(d -> d.getDayOfMonth() == day);
        }
        return kept;
    }

}
