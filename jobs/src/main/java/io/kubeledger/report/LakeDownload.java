package io.kubeledger.report;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import io.kubeledger.config.BlobFolder;
import io.kubeledger.lake.LakePartitions;
import io.kubeledger.lake.RunRecord;
import io.kubeledger.source.BlobPublisher;

/**
 * Brings the lake's partitions of a month and of the month before from {@code lake-url}
 * into the local lake, for a {@code reports} run on a pod that computed nothing: the
 * shards published their parts there. Of the trend's earlier months ({@code trendMonths},
 * this one included), the run records and chargeback lines alone.
 */
public record LakeDownload(BlobPublisher blobs, BlobFolder lake, Path localLake, int trendMonths) {

    private static final List<String> DATASETS = List.of(RunRecord.DATASET, LakePartitions.CHARGEBACK,
            LakePartitions.RIGHTSIZING, LakePartitions.LOG_TABLES, LakePartitions.COMPLIANCE, LakePartitions.COMPUTE);

    private static final List<String> TREND = List.of(RunRecord.DATASET, LakePartitions.CHARGEBACK);

    public void month(YearMonth month) {
        for (int back = trendMonths - 1; back >= 2; back--) {
            download(TREND, month.minusMonths(back));
        }
        download(DATASETS, month.minusMonths(1));
        download(DATASETS, month);
    }

    private void download(List<String> datasets, YearMonth month) {
        datasets.forEach(dataset -> blobs.download(lake, dataset + "/date=" + month + "-", localLake));
    }
}
