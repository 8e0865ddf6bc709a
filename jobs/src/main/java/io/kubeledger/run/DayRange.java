package io.kubeledger.run;

import java.time.LocalDate;
import java.util.List;

/** UTC days from {@code start} (inclusive) to {@code end} (exclusive). */
public record DayRange(LocalDate start, LocalDate end) {

    public DayRange {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("an empty range of days: " + start + " to " + end);
        }
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(end);
    }

    public List<LocalDate> days() {
        return start.datesUntil(end).toList();
    }

    /** The first and the last day, as a person reads a range. */
    @Override
    public String toString() {
        return start + " to " + end.minusDays(1);
    }
}
