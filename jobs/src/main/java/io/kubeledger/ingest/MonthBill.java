package io.kubeledger.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

import io.kubeledger.run.DayRange;

/**
 * The month's bill as the {@code billingStep} read it, for the chargeback to reconcile
 * with: the days each export run is the bill of (the newest run with rows of the day,
 * {@link MonthBillReader}), each configured cluster's bill per day and
 * {@link BillBucket}, each configured workspace's per day. Empty (no day covered) without
 * an export or a run for the month. Job-scoped: a run's own.
 */
public class MonthBill {

    private volatile Read read = Read.NONE;

    private volatile Map<String, String> subscriptionNames = Map.of();

    private volatile Map<String, BillingAccount> billingAccounts = Map.of();

    private volatile Map<String, String> invoiceIds = Map.of();

    private volatile MonthBill otherColumn;

    private volatile Corrections corrections = Corrections.NONE;

    private volatile InvoiceBridge bridge;

    /**
     * A correction of earlier periods on this month's bill: its amount, and the days it
     * corrects (from the first corrected day to the day after the last).
     */
    public record Correction(BigDecimal cost, DayRange period) {
    }

    /**
     * The newest run's rows of the fleet dated before the month, per cluster and bucket,
     * and per workspace.
     */
    private record Corrections(Map<String, Map<BillBucket, Correction>> byCluster,
            Map<String, Correction> byWorkspaceResourceId) {

        static final Corrections NONE = new Corrections(Map.of(), Map.of());

        boolean isEmpty() {
            return byCluster.isEmpty() && byWorkspaceResourceId.isEmpty();
        }

        static Corrections of(ColumnSums earlier) {
            Map<String, Map<BillBucket, Correction>> clusters = new TreeMap<>();
            earlier.byCluster()
                .forEach((cluster, days) -> days.forEach((day, buckets) -> buckets
                    .forEach((bucket, cost) -> clusters.computeIfAbsent(cluster, c -> new EnumMap<>(BillBucket.class))
                        .merge(bucket, new Correction(cost, new DayRange(day, day.plusDays(1))), Corrections::plus))));
            Map<String, Correction> workspaces = new TreeMap<>();
            earlier.byWorkspaceResourceId()
                .forEach((workspace, days) -> days.forEach((day, cost) -> workspaces.merge(workspace,
                        new Correction(cost, new DayRange(day, day.plusDays(1))), Corrections::plus)));
            return new Corrections(clusters, workspaces);
        }

        private static Correction plus(Correction one, Correction other) {
            LocalDate start = one.period().start().isBefore(other.period().start()) ? one.period().start()
                    : other.period().start();
            LocalDate end = one.period().end().isAfter(other.period().end()) ? one.period().end()
                    : other.period().end();
            return new Correction(one.cost().add(other.cost()), new DayRange(start, end));
        }
    }

    /**
     * What the export's runs billed: each run's days and the clusters and workspaces it
     * has rows of.
     */
    private record Read(List<BilledRun> runs, Map<String, Map<LocalDate, Map<BillBucket, BigDecimal>>> byCluster,
            Map<String, Map<LocalDate, BigDecimal>> byWorkspaceResourceId) {

        static final Read NONE = new Read(List.of(), Map.of(), Map.of());

        /** The run that is the bill of the day, if any. */
        Optional<BilledRun> runOf(LocalDate day) {
            return runs.stream().filter(run -> run.days().contains(day)).findFirst();
        }
    }

    void named(Map<String, String> namesById, Map<String, BillingAccount> accounts,
            Map<String, ? extends Collection<String>> invoices) {
        subscriptionNames = Map.copyOf(namesById);
        billingAccounts = Map.copyOf(accounts);
        invoiceIds = invoices.entrySet()
            .stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> String.join(", ", e.getValue())));
    }

    /**
     * The name the bill gives a subscription; its id where the bill names none (or there
     * is no bill).
     */
    public String subscriptionName(String subscriptionId) {
        return subscriptionNames.getOrDefault(subscriptionId.toLowerCase(Locale.ROOT), subscriptionId);
    }

    /**
     * The billing account the bill charges the subscription to, where the bill has rows
     * of the fleet there.
     */
    public Optional<BillingAccount> billingAccount(String subscriptionId) {
        return Optional.ofNullable(billingAccounts.get(subscriptionId.toLowerCase(Locale.ROOT)));
    }

    /**
     * The invoice (or invoices, comma-separated) the bill's rows of the fleet in the
     * subscription are on.
     */
    public Optional<String> invoiceIds(String subscriptionId) {
        return Optional.ofNullable(invoiceIds.get(subscriptionId.toLowerCase(Locale.ROOT)));
    }

    /**
     * One run's bill of the days {@code firstDay} to {@code billedThrough}.
     * @param byCluster each cluster's bill per day and bucket
     * @param byWorkspaceResourceId each workspace's bill per day, by its resource id in
     * lower case
     */
    void billed(LocalDate firstDay, LocalDate billedThrough,
            Map<String, Map<LocalDate, Map<BillBucket, BigDecimal>>> byCluster,
            Map<String, Map<LocalDate, BigDecimal>> byWorkspaceResourceId) {
        BilledRun run = new BilledRun(null, new TreeSet<>(firstDay.datesUntil(billedThrough.plusDays(1)).toList()),
                byCluster.keySet(), byWorkspaceResourceId.keySet());
        billed(List.of(run), byCluster, byWorkspaceResourceId);
    }

    void billed(List<BilledRun> runs, Map<String, Map<LocalDate, Map<BillBucket, BigDecimal>>> byCluster,
            Map<String, Map<LocalDate, BigDecimal>> byWorkspaceResourceId) {
        read = new Read(List.copyOf(runs), byCluster, byWorkspaceResourceId);
    }

    /**
     * The runs' bill in both cost columns: the charged one, and the other, which
     * {@link #otherColumn} gives; with the newest run's rows of the fleet dated before
     * the month ({@code earlier}), the corrections of earlier periods this month's
     * invoice carries.
     */
    void billed(List<BilledRun> runs, BilledCosts billed, BilledCosts earlier) {
        billed(runs, billed.charged().byCluster(), billed.charged().byWorkspaceResourceId());
        corrected(earlier.charged());
        MonthBill other = new MonthBill();
        other.billed(runs, billed.other().byCluster(), billed.other().byWorkspaceResourceId());
        other.corrected(earlier.other());
        otherColumn = other;
    }

    /**
     * The corrections of earlier periods on this month's bill: the rows of the fleet
     * dated before the month.
     */
    void corrected(ColumnSums earlier) {
        corrections = Corrections.of(earlier);
    }

    void bridged(InvoiceBridge invoiceBridge) {
        bridge = invoiceBridge;
    }

    /** From the bill in the export's scope to this fleet's, where a run bills any day. */
    public Optional<InvoiceBridge> bridge() {
        return Optional.ofNullable(bridge);
    }

    /**
     * The corrections of earlier periods the month's bill carries for the cluster, by
     * bucket; none without.
     */
    public Map<BillBucket, Correction> clusterCorrections(String cluster) {
        return corrections.byCluster().getOrDefault(cluster, Map.of());
    }

    /** The same for each workspace, by its resource id in lower case. */
    public Map<String, Correction> workspaceCorrections() {
        return corrections.byWorkspaceResourceId();
    }

    /**
     * Whether the month's bill carries corrections of earlier periods, in either cost
     * column.
     */
    public boolean hasCorrections() {
        return !corrections.isEmpty() || !otherColumn().corrections.isEmpty();
    }

    /** Whether the two cost columns bill the corrections of earlier periods alike. */
    public boolean correctionsAgree() {
        Corrections other = otherColumn().corrections;
        return agree(corrections.byCluster(), other.byCluster(), (a, b) -> a.keySet().equals(b.keySet())
                && a.entrySet().stream().allMatch(e -> e.getValue().cost().compareTo(b.get(e.getKey()).cost()) == 0))
                && agree(corrections.byWorkspaceResourceId(), other.byWorkspaceResourceId(),
                        (a, b) -> a.cost().compareTo(b.cost()) == 0);
    }

    private static <T> boolean agree(Map<String, T> one, Map<String, T> other, BiPredicate<T, T> same) {
        return one.keySet().equals(other.keySet())
                && one.entrySet().stream().allMatch(e -> same.test(e.getValue(), other.get(e.getKey())));
    }

    /** The days a cluster's correction of the bucket corrects, if the bill has one. */
    public Optional<DayRange> correctedPeriod(String cluster, BillBucket bucket) {
        return Optional.ofNullable(clusterCorrections(cluster).get(bucket)).map(Correction::period);
    }

    /** The days a workspace's correction corrects, if the bill has one. */
    public Optional<DayRange> correctedPeriod(String workspaceResourceId) {
        return Optional.ofNullable(workspaceCorrections().get(workspaceResourceId.toLowerCase(Locale.ROOT)))
            .map(Correction::period);
    }

    /**
     * The same bill in the other of {@code BilledCost} and {@code EffectiveCost}, the
     * same days, clusters and workspaces: charged the same way, it gives the lake's other
     * cost column. Without a bill, this one.
     */
    public MonthBill otherColumn() {
        return otherColumn == null ? this : otherColumn;
    }

    /**
     * Whether the two cost columns bill the day alike (no reservation or savings plan in
     * it), or it is not billed.
     */
    public boolean columnsAgree(LocalDate day) {
        MonthBill other = otherColumn();
        return other == this || read.runOf(day).isEmpty()
                || agree(read.byCluster(), other.read.byCluster(), day, MonthBill::bucketsAgree)
                        && agree(read.byWorkspaceResourceId(), other.read.byWorkspaceResourceId(), day,
                                (a, b) -> a.compareTo(b) == 0);
    }

    private static <T> boolean agree(Map<String, Map<LocalDate, T>> one, Map<String, Map<LocalDate, T>> other,
            LocalDate day, BiPredicate<T, T> same) {
        for (Map.Entry<String, Map<LocalDate, T>> unit : one.entrySet()) {
            T mine = unit.getValue().get(day);
            T theirs = other.getOrDefault(unit.getKey(), Map.of()).get(day);
            if (mine == null ? theirs != null : theirs == null || !same.test(mine, theirs)) {
                return false;
            }
        }
        return true;
    }

    private static boolean bucketsAgree(Map<BillBucket, BigDecimal> one, Map<BillBucket, BigDecimal> other) {
        return one.keySet().equals(other.keySet()) && one.entrySet()
            .stream()
            .allMatch(bucket -> bucket.getValue().compareTo(other.get(bucket.getKey())) == 0);
    }

    /**
     * The cluster's bill of the day by bucket (no bucket where no row of the day is the
     * cluster's): where a run is the bill of the day and has rows of the cluster. A run
     * without any row of a cluster is taken not to cover it (the export's scope leaves
     * out its subscription): its days stay estimates rather than reconcile to nothing.
     */
    public Optional<Map<BillBucket, BigDecimal>> cluster(String cluster, LocalDate day) {
        return read.runOf(day)
            .filter(run -> run.clusters().contains(cluster))
            .map(run -> read.byCluster().get(cluster).getOrDefault(day, Map.of()));
    }

    /**
     * The workspace's bill of the day (all its rows: ingestion, retention, queries), as
     * {@link #cluster}.
     */
    public Optional<BigDecimal> workspace(String workspaceResourceId, LocalDate day) {
        String id = workspaceResourceId.toLowerCase(Locale.ROOT);
        return read.runOf(day)
            .filter(run -> run.workspaceResourceIds().contains(id))
            .map(run -> read.byWorkspaceResourceId().get(id).getOrDefault(day, BigDecimal.ZERO));
    }

}
