package io.kubeledger.lake;

import java.time.LocalDate;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.kubeledger.RunWindow;
import io.kubeledger.chargeback.ChargeLine;
import io.kubeledger.chargeback.ChargeLineRepository;

/**
 * Writes the {@code chargeback} dataset: one partition for every day of the run's window, replaced whole, and
 * written even when a day has no rows so that a rerun never leaves a stale day behind.
 */
public class ChargebackLakeTasklet implements Tasklet {

    public static final String DATASET = "chargeback";

    private final ChargeLineRepository lines;
    private final FocusRowMapper focus;
    private final LakePartitions lake;
    private final RunWindow window;
    private final long runId;

    public ChargebackLakeTasklet(ChargeLineRepository lines, FocusRowMapper focus, LakePartitions lake,
            RunWindow window, long runId) {
        this.lines = lines;
        this.focus = focus;
        this.lake = lake;
        this.window = window;
        this.runId = runId;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        for (LocalDate day : window.days()) {
            lake.replace(DATASET, day, file -> {
                try (ChargebackParquetWriter parquet = new ChargebackParquetWriter(file)) {
                    for (ChargeLine line : lines.findByDay(runId, day)) {
                        parquet.write(focus.map(line));
                        contribution.incrementWriteCount(1);
                    }
                }
            });
        }
        return RepeatStatus.FINISHED;
    }
}
