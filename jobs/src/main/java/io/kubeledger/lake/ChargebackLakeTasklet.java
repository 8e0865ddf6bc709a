package io.kubeledger.lake;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.kubeledger.RunWindow;
import io.kubeledger.chargeback.ChargeLine;
import io.kubeledger.chargeback.ChargeLineRepository;
import io.kubeledger.source.BlobFolder;
import io.kubeledger.source.BlobPublisher;

/**
 * Writes the {@code chargeback} dataset: one partition for every day of the run's window, replaced whole, and
 * written even when a day has no rows so that a rerun never leaves a stale day behind. With {@code lake-url} set,
 * each partition is then published to the same place under it, replacing what that partition held.
 */
public class ChargebackLakeTasklet implements Tasklet {

    public static final String DATASET = "chargeback";

    private final ChargeLineRepository lines;
    private final FocusRowMapper focus;
    private final LakePartitions lake;
    private final RunWindow window;
    private final long runId;
    private final LakePublication publication;

    /** Where the partitions are published besides the local lake, if anywhere. */
    public record LakePublication(BlobPublisher publisher, BlobFolder lake) {
    }

    public ChargebackLakeTasklet(ChargeLineRepository lines, FocusRowMapper focus, LakePartitions lake,
            RunWindow window, long runId, LakePublication publication) {
        this.lines = lines;
        this.focus = focus;
        this.lake = lake;
        this.window = window;
        this.runId = runId;
        this.publication = publication;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        for (LocalDate day : window.days()) {
            Path partition = lake.replace(DATASET, day, file -> {
                try (ChargebackParquetWriter parquet = new ChargebackParquetWriter(file)) {
                    for (ChargeLine line : lines.findByDay(runId, day)) {
                        parquet.write(focus.map(line));
                        contribution.incrementWriteCount(1);
                    }
                }
            });
            if (publication != null) {
                publication.publisher().replaceFolder(
                        publication.lake().resolve(DATASET + "/date=" + day), List.of(partition));
            }
        }
        return RepeatStatus.FINISHED;
    }
}
