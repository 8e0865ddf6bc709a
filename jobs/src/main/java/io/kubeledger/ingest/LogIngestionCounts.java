package io.kubeledger.ingest;

import java.io.Serializable;

import io.kubeledger.run.HandOff;

/**
 * The {@code logIngestionStep}'s result for the run's record: the answers' rows kept, and
 * those quarantined.
 */
public record LogIngestionCounts(long rowsRead, long rowsQuarantined) implements Serializable {

    public static final HandOff<LogIngestionCounts> RESULT = new HandOff<>("logs", LogIngestionCounts.class);

}
