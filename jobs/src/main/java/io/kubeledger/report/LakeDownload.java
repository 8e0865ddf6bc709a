package io.kubeledger.report;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import io.kubeledger.config.BlobFolder;
import io.kubeledger.lake.LakePartitions;
import io.kubeledger.lake.RunRecord;
import io.kubeledger.source.BlobPublisher;

/**
 * Brings the lake's partitions of a month and of the month before from {@code lake-url} into the local lake, for a
 * {@code reports} run on a pod that computed nothing: the shards published their parts there.
 */
public record LakeDownload(BlobPublisher blobs, BlobFolder lake, Path localLake) {

    private static final List<String> DATASETS = List.of(RunRecord.DATASET, LakePartitions.CHARGEBACK,
            LakePartitions.RIGHTSIZING, LakePartitions.LOG_TABLES, LakePartitions.COMPLIANCE, LakePartitions.COMPUTE);

    public void month(YearMonth month) {
        for (YearMonth partitions : List.of(month.minusMonths(1), month)) {
            DATASETS.forEach(dataset -> blobs.download(lake, dataset + "/date=" + partitions + "-", localLake));
        }
    }
}
