package io.kubeledger.lake;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.kubeledger.config.BlobFolder;
import io.kubeledger.run.IndependentTasks;
import io.kubeledger.source.BlobPublisher;

/**
 * Writes the run's part of its partitions of every lake dataset, each replaced whole,
 * then the run's {@link RunRecord}. With {@code lake-url} set, each part is then
 * published to the same place under it, as {@link LakePartitions} replaces it locally.
 */
public class LakeTasklet implements Tasklet {

    private final List<LakeDataset> datasets;

    private final RunRecord record;

    private final LakePartitions lake;

    private final LakePublication publication;

    private final IndependentTasks threads;

    /** Where the partitions are published besides the local lake, if anywhere. */
    public record LakePublication(BlobPublisher publisher, BlobFolder lake) {
    }

    LakeTasklet(List<LakeDataset> datasets, RunRecord record, LakePartitions lake, LakePublication publication,
            IndependentTasks threads) {
        this.datasets = datasets;
        this.record = record;
        this.lake = lake;
        this.publication = publication;
        this.threads = threads;
    }

    private record Partition(LakeDataset dataset, LocalDate date) {
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<Partition> partitions = datasets.stream()
            .flatMap(dataset -> dataset.dates().stream().map(date -> new Partition(dataset, date)))
            .toList();
        // Partitions are independent files, so every thread writes them.
        AtomicLong rows = new AtomicLong();
        threads.run("lake",
                partitions.stream().<Runnable>map(partition -> () -> rows.addAndGet(write(partition))).toList());
        // Last: the record marks the shard's part of the lake complete.
        publish(RunRecord.DATASET, record.reportDate(),
                lake.replace(RunRecord.DATASET, record.reportDate(), RunRecord.EXTENSION, record::write));
        contribution.incrementWriteCount(rows.get());
        return RepeatStatus.FINISHED;
    }

    private long write(Partition partition) {
        long[] rows = { 0 };
        String name = partition.dataset().name();
        Path file = lake.replace(name, partition.date(), partition.dataset().extension(),
                staging -> rows[0] = partition.dataset().write(partition.date(), staging));
        publish(name, partition.date(), file);
        return rows[0];
    }

    private void publish(String dataset, LocalDate date, Path file) {
        if (publication == null) {
            return;
        }
        BlobFolder partition = publication.lake().resolve(dataset + "/date=" + date);
        if (lake.wholeFleet()) {
            publication.publisher().replaceFolder(partition, file.getParent(), List.of(file));
        }
        else {
            publication.publisher().replaceFile(partition, file.getFileName().toString(), file);
            publication.publisher().delete(partition, lake::isBeyondShardCount);
        }
    }

}
