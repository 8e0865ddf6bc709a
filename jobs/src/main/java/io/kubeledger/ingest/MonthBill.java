package io.kubeledger.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The month's bill as the {@code billingStep} read it, for the chargeback to reconcile with: the days the newest export
 * run covers, each configured cluster's bill per day and {@link BillBucket}, each configured workspace's per day.
 * Empty (no day covered) without an export or a run for the month. Job-scoped: a run's own.
 */
public class MonthBill {

    private volatile Read read = Read.NONE;
    private volatile Map<String, String> subscriptionNames = Map.of();

    /** What one run of the export billed. */
    private record Read(LocalDate firstDay, LocalDate billedThrough,
            Map<String, Map<LocalDate, Map<BillBucket, BigDecimal>>> byCluster,
            Map<String, Map<LocalDate, BigDecimal>> byWorkspaceResourceId) {

        static final Read NONE = new Read(LocalDate.MAX, LocalDate.MIN, Map.of(), Map.of());
    }

    void named(Map<String, String> namesById) {
        subscriptionNames = Map.copyOf(namesById);
    }

    /** The name the bill gives a subscription; its id where the bill names none (or there is no bill). */
    public String subscriptionName(String subscriptionId) {
        return subscriptionNames.getOrDefault(subscriptionId.toLowerCase(Locale.ROOT), subscriptionId);
    }

    /**
     * @param byCluster             each cluster's bill per day and bucket
     * @param byWorkspaceResourceId each workspace's bill per day, by its resource id in lower case
     */
    void billed(LocalDate firstDay, LocalDate billedThrough,
            Map<String, Map<LocalDate, Map<BillBucket, BigDecimal>>> byCluster,
            Map<String, Map<LocalDate, BigDecimal>> byWorkspaceResourceId) {
        read = new Read(firstDay, billedThrough, byCluster, byWorkspaceResourceId);
    }

    /** Whether the export's run covers the day. */
    private boolean covers(LocalDate day) {
        return !day.isBefore(read.firstDay()) && !day.isAfter(read.billedThrough());
    }

    /**
     * The cluster's bill of the day by bucket (no bucket where no row of the day is the cluster's): where the run covers
     * the day and has rows of the cluster. A run without any row of a cluster is taken not to cover it (the export's
     * scope leaves out its subscription): its days stay estimates rather than reconcile to nothing.
     */
    public Optional<Map<BillBucket, BigDecimal>> cluster(String cluster, LocalDate day) {
        Map<LocalDate, Map<BillBucket, BigDecimal>> days = read.byCluster().get(cluster);
        return covers(day) && days != null ? Optional.of(days.getOrDefault(day, Map.of())) : Optional.empty();
    }

    /** The workspace's bill of the day (all its rows: ingestion, retention, queries), as {@link #cluster}. */
    public Optional<BigDecimal> workspace(String workspaceResourceId, LocalDate day) {
        Map<LocalDate, BigDecimal> days = read.byWorkspaceResourceId().get(workspaceResourceId.toLowerCase(Locale.ROOT));
        return covers(day) && days != null ? Optional.of(days.getOrDefault(day, BigDecimal.ZERO)) : Optional.empty();
    }
}
