package io.kubeledger.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * One cost column's bill of the fleet: each cluster's per day and {@link BillBucket},
 * each workspace's per day.
 */
final class ColumnSums {

    private final Map<String, Map<LocalDate, Map<BillBucket, BigDecimal>>> byCluster = new TreeMap<>();

    private final Map<String, Map<LocalDate, BigDecimal>> byWorkspaceResourceId = new TreeMap<>();

    void addToCluster(String cluster, LocalDate day, BillBucket bucket, BigDecimal cost) {
        byCluster.computeIfAbsent(cluster, c -> new TreeMap<>())
            .computeIfAbsent(day, d -> new EnumMap<>(BillBucket.class))
            .merge(bucket, cost, BigDecimal::add);
    }

    void addToWorkspace(String workspaceResourceId, LocalDate day, BigDecimal cost) {
        byWorkspaceResourceId.computeIfAbsent(workspaceResourceId, w -> new TreeMap<>())
            .merge(day, cost, BigDecimal::add);
    }

    /** Adds another run's sums, of other days, to these. */
    void addAll(ColumnSums other) {
        other.byCluster
            .forEach((cluster, days) -> byCluster.computeIfAbsent(cluster, c -> new TreeMap<>()).putAll(days));
        other.byWorkspaceResourceId.forEach((workspace,
                days) -> byWorkspaceResourceId.computeIfAbsent(workspace, w -> new TreeMap<>()).putAll(days));
    }

    /** Each cluster's bill per day and bucket. */
    Map<String, Map<LocalDate, Map<BillBucket, BigDecimal>>> byCluster() {
        return byCluster;
    }

    /** Each workspace's bill per day, by its resource id in lower case. */
    Map<String, Map<LocalDate, BigDecimal>> byWorkspaceResourceId() {
        return byWorkspaceResourceId;
    }

}
