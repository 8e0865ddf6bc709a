package io.kubeledger.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import io.kubeledger.run.RunWindow;

/**
 * The {@code chargeback} dataset: a partition for every day of the month to date, written
 * even when a day has no rows so that a rerun never leaves a stale day behind. The
 * chargeback step wrote each day's file; this puts it in place.
 */
final class ChargebackDataset implements LakeDataset {

    private final ChargedDayFiles days;

    private final RunWindow window;

    ChargebackDataset(ChargedDayFiles days, RunWindow window) {
        this.days = days;
        this.window = window;
    }

    @Override
    public String name() {
        return LakePartitions.CHARGEBACK;
    }

    @Override
    public List<LocalDate> dates() {
        return window.days();
    }

    @Override
    public long write(LocalDate day, Path file) {
        Path charged = days.file(day);
        if (!Files.exists(charged)) {
            throw new IllegalStateException(
                    "the chargeback step of this run wrote no file for " + day + " (" + charged + ")");
        }
        try {
            Files.move(charged, file);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot move " + charged + " to " + file, e);
        }
        return days.rows(day);
    }

}
