package io.kubeledger.run;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The days a run for {@code reportDate} (re)computes: from the first of its month
 * (inclusive) to the day after {@code reportDate} (exclusive). Rewriting the whole month
 * to date makes every run idempotent and heals late data. The run also reads the days
 * before the month that the recommendations' lookbacks need, but never charges them.
 */
public record RunWindow(LocalDate reportDate) {

    /**
     * The report date of a run given none: yesterday in UTC, the last complete day of
     * OpenCost's export.
     */
    public static LocalDate defaultReportDate(Clock clock) {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC)).minusDays(1);
    }

    public LocalDate start() {
        return reportDate.withDayOfMonth(1);
    }

    public LocalDate end() {
        return reportDate.plusDays(1);
    }

    public YearMonth month() {
        return YearMonth.from(reportDate);
    }

    /**
     * True when the run reports a whole month, so its reports are final rather than month
     * to date.
     */
    public boolean monthComplete() {
        return reportDate.equals(month().atEndOfMonth());
    }

    public List<LocalDate> days() {
        return monthToDate().days();
    }

    /** The days the chargeback charges. */
    public DayRange monthToDate() {
        return new DayRange(start(), end());
    }

    /**
     * The {@code days} days that end with {@code reportDate}, which a recommendation
     * looks back over.
     */
    public DayRange lookback(int days) {
        return new DayRange(reportDate.minusDays(days - 1L), end());
    }

    /**
     * What the run reads: the month to date, and before it as much as a lookback of
     * {@code days} needs.
     */
    public DayRange reading(int lookbackDays) {
        LocalDate lookbackStart = lookback(lookbackDays).start();
        return new DayRange(lookbackStart.isBefore(start()) ? lookbackStart : start(), end());
    }
}
