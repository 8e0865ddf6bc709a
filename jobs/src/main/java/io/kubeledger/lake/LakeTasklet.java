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

    private record Partition(LakeDataset dataset, LocalDate date) {
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<Partition> partitions = datasets.stream()
                .flatMap(dataset -> dataset.dates().stream().map(date -> new Partition(dataset, date))).toList();
        // Partitions are independent files, so every core writes them.
        long rows = partitions.parallelStream().mapToLong(this::write).sum();
        contribution.incrementWriteCount(rows);
        return RepeatStatus.FINISHED;
    }

    private long write(Partition partition) {
        long[] rows = {0};
        String name = partition.dataset().name();
        Path file = lake.replace(name, partition.date(), staging -> rows[0] = partition.dataset().write(partition.date(),
                staging));
        if (publication != null) {
            publication.publisher().replaceFolder(publication.lake().resolve(name + "/date=" + partition.date()),
                    file.getParent(), List.of(file));
        }
        return rows[0];
    }
}
