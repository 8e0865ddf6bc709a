package io.kubeledger.lake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import io.kubeledger.chargeback.ClusterExportTasklet;
import io.kubeledger.chargeback.ClusterTotals;
import io.kubeledger.config.Shard;
import io.kubeledger.ingest.LogIngestionTasklet;
import io.kubeledger.lake.InputCounts;
import io.kubeledger.lake.RunRecord.WorkspaceTable;
import io.kubeledger.ingest.InvoiceBridge;
import io.kubeledger.run.ContextAmounts;

/** The shard's {@link RunRecord} from what the run's steps left in the job's context. */
public final class RunRecordFromJob {

    private RunRecordFromJob() {
    }

    public static RunRecord of(Map<String, Object> job, LocalDate reportDate, Shard shard,
            List<WorkspaceTable> ingestion, Budgets budgets, Optional<InvoiceBridge> bridge) {
        return new RunRecord(reportDate, shard.count(), shard.index(), inputs(job), BillingFromJob.of(job, bridge),
                ingestion, coverage(job), budgets);
    }

    /** Each cluster's rows read by day, as the allocation step left them. */
    private static Map<String, Map<LocalDate, Long>> coverage(Map<String, Object> job) {
        Map<String, Map<LocalDate, Long>> coverage = new TreeMap<>();
        if (job.get(ClusterTotals.COVERAGE) instanceof Map<?, ?> clusters) {
            clusters.forEach((cluster, days) -> {
                Map<LocalDate, Long> rows = new TreeMap<>();
                ((Map<?, ?>) days).forEach((day, count) -> rows.put(LocalDate.parse(String.valueOf(day)),
                        ((Number) count).longValue()));
                coverage.put(String.valueOf(cluster), rows);
            });
        }
        return coverage;
    }

    private static InputCounts inputs(Map<String, Object> job) {
        Map<String, Long> quarantined = new TreeMap<>();
        if (job.get(ClusterTotals.QUARANTINED_BY_CLUSTER) instanceof Map<?, ?> rows) {
            rows.forEach((cluster, count) -> quarantined.put(String.valueOf(cluster), ((Number) count).longValue()));
        }
        Map<String, BigDecimal> invalidLabels = new TreeMap<>(ContextAmounts.from(
                job.get(ClusterExportTasklet.INVALID_TEAM_LABELS)));
        List<String> missing = job.get(ClusterTotals.MISSING_CLUSTERS) instanceof List<?> clusters
                ? clusters.stream().map(String::valueOf).toList() : List.of();
        return new InputCounts(count(job, ClusterExportTasklet.ROWS_READ),
                count(job, ClusterExportTasklet.ROWS_QUARANTINED), count(job, LogIngestionTasklet.ROWS_READ),
                count(job, LogIngestionTasklet.ROWS_QUARANTINED), count(job, ClusterExportTasklet.CONTAINERS_SEEN),
                count(job, ClusterExportTasklet.CONTAINERS_NOT_JUDGED), quarantined, missing,
                count(job, ClusterExportTasklet.CREDIT_ROWS),
                new BigDecimal(String.valueOf(job.getOrDefault(ClusterExportTasklet.CREDITS, "0"))),
                count(job, ClusterExportTasklet.ROWS_WITH_UNKNOWN_FIGURES), invalidLabels);
    }

    private static long count(Map<String, Object> job, String key) {
        return job.get(key) instanceof Number count ? count.longValue() : 0;
    }
}
