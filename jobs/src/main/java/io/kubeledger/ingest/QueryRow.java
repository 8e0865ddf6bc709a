package io.kubeledger.ingest;

import java.time.LocalDate;

/**
 * A row of a query answer: its day, and what the query gives one row of (a second row of
 * it would count twice).
 */
interface QueryRow {

    LocalDate day();

    /**
     * The row's grain, e.g. day and table; equal for two rows that the query cannot
     * produce both of.
     */
    Object grain();

}
