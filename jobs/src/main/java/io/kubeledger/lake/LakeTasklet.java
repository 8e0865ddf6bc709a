package io.kubeledger.lake;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.kubeledger.source.BlobFolder;
import io.kubeledger.source.BlobPublisher;

/**
 * Writes the run's partitions of every lake dataset, each replaced whole. With {@code lake-url} set, each partition
 * is then published to the same place under it, replacing what that partition held.
 */
public class LakeTasklet implements Tasklet {

    private final List<LakeDataset> datasets;
    private final LakePartitions lake;
    private final LakePublication publication;

    /** Where the partitions are published besides the local lake, if anywhere. */
    public record LakePublication(BlobPublisher publisher, BlobFolder lake) {
    }

    LakeTasklet(List<LakeDataset> datasets, LakePartitions lake, LakePublication publication) {
        this.datasets = datasets;
        this.lake = lake;
        this.publication = publication;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        for (LakeDataset dataset : datasets) {
            for (LocalDate date : dataset.dates()) {
                Path partition = lake.replace(dataset.name(), date,
                        file -> contribution.incrementWriteCount(dataset.write(date, file)));
                if (publication != null) {
                    publication.publisher().replaceFolder(publication.lake().resolve(dataset.name() + "/date=" + date),
                            partition.getParent(), List.of(partition));
                }
            }
        }
        return RepeatStatus.FINISHED;
    }
}
