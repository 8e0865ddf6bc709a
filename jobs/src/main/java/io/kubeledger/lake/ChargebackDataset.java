package io.kubeledger.lake;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import io.kubeledger.RunWindow;
import io.kubeledger.chargeback.ChargeLine;
import io.kubeledger.chargeback.ChargeLineRepository;

/**
 * The {@code chargeback} dataset: a partition for every day of the month to date, written even when a day has no
 * rows so that a rerun never leaves a stale day behind.
 */
final class ChargebackDataset implements LakeDataset {

    private final ChargeLineRepository lines;
    private final FocusRowMapper focus;
    private final RunWindow window;
    private final long runId;

    ChargebackDataset(ChargeLineRepository lines, FocusRowMapper focus, RunWindow window, long runId) {
        this.lines = lines;
        this.focus = focus;
        this.window = window;
        this.runId = runId;
    }

    @Override
    public String name() {
        return "chargeback";
    }

    @Override
    public List<LocalDate> dates() {
        return window.days();
    }

    @Override
    public long write(LocalDate day, Path file) {
        long rows = 0;
        try (ChargebackParquetWriter parquet = new ChargebackParquetWriter(file)) {
            for (ChargeLine line : lines.findByDay(runId, day)) {
                parquet.write(focus.map(line));
                rows++;
            }
        }
        return rows;
    }
}
