package io.kubeledger.chargeback;

import java.time.LocalDate;
import java.util.List;

/**
 * Where each charged day's lines go as soon as the day is charged: the lake's partition
 * of that day.
 */
public interface ChargedDays {

    /**
     * Called once before the days are written, with the run's report date (the files'
     * creation date, so that a rerun writes the same bytes): forgets what an earlier run
     * that failed midway left behind.
     */
    void begin(LocalDate reportDate);

    /**
     * Called once for every day of the month to date, with no lines for a day without
     * cost; may run concurrently.
     */
    void write(LocalDate day, List<ChargedLine> lines);

}
