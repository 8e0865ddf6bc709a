package io.kubeledger.lake;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A dataset of the lake: its name (the folder) and how one of its date partitions is
 * written.
 */
interface LakeDataset {

    String name();

    /** The dates whose partitions the run (re)writes. */
    List<LocalDate> dates();

    /**
     * Writes the run's part of a date's partition to the file; returns the rows written.
     */
    long write(LocalDate date, Path file);

    /** The extension of the dataset's files. */
    default String extension() {
        return LakePartitions.PARQUET;
    }

}
