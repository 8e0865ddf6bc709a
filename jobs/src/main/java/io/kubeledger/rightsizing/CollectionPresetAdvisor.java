package io.kubeledger.rightsizing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.kubeledger.config.RightsizingProperties.LogTables;

/**
 * The seeds' cost preset as advice: where Managed Prometheus collects a cluster's
 * metrics, Container insights' metric tables ({@code Perf}, {@code InsightsMetrics}) hold
 * the same values a second time, and its "Logs and events" preset stops collecting them.
 * Advised for a workspace all of whose configured clusters have Managed Prometheus
 * enabled (so that the tables' whole cost is what the preset saves), as a row of the
 * table plans whose recommended plan is {@link #NOT_COLLECTED}.
 */
final class CollectionPresetAdvisor {

    static final Set<String> METRIC_TABLES = Set.of("Perf", "InsightsMetrics");

    /** The tables Container insights collects at its data collection rule's interval. */
    static final Set<String> INTERVAL_TABLES = Set.of("ContainerInventory", "ContainerNodeInventory",
            "KubeNodeInventory", "KubePodInventory", "KubePVInventory", "KubeServices", "Perf", "InsightsMetrics");

    /** The recommended "plan" of a table the preset stops collecting. */
    static final String NOT_COLLECTED = "not collected";

    /**
     * The recommended "plan" of a table collected every 5 minutes instead of every one.
     */
    static final String EVERY_FIVE_MINUTES = "collected every 5 minutes";

    private static final BigDecimal FOUR_FIFTHS = new BigDecimal("0.8");

    /**
     * The streams the "Logs and events" preset collects, as the CLI's settings name them.
     */
    static final String SETTINGS = "{\"interval\": \"1m\", \"namespaceFilteringMode\": \"Off\", "
            + "\"enableContainerLogV2\": true, \"streams\": [\"Microsoft-ContainerLogV2\", \"Microsoft-KubeEvents\", "
            + "\"Microsoft-KubePodInventory\"]}";

    private final LogTables thresholds;

    CollectionPresetAdvisor(LogTables thresholds) {
        this.thresholds = thresholds;
    }

    /**
     * The advice for a metric table of a workspace whose configured clusters all send
     * their metrics to Managed Prometheus ({@code clusters}; empty where not all do);
     * none for any other table, or where the saving is below {@code min-monthly-savings}.
     * @param billedRate the workspace's bill over its priced ingestion where it is
     * discounted, else null
     */
    Optional<TablePlanRecommendation> advise(TableUsage table, BigDecimal billedRate, List<String> clusters) {
        if (clusters.isEmpty() || !METRIC_TABLES.contains(table.table())) {
            return Optional.empty();
        }
        return cut(table, billedRate, BigDecimal.ONE, NOT_COLLECTED,
                "Managed Prometheus already collects these metrics of " + String.join(", ", clusters)
                        + ": Container insights' cost preset \"Logs and events\" stops collecting Perf and "
                        + "InsightsMetrics (the cluster's Insights, Monitoring settings; or az aks enable-addons -a "
                        + "monitoring --data-collection-settings with " + SETTINGS + ")");
    }

    /**
     * The advice for a table Container insights collects at its interval, of a workspace
     * all of whose configured clusters' data collection rules collect every minute
     * ({@code clusters}; empty where not all do): the "Cost-optimized" preset collects
     * every 5 minutes, a fifth of the rows (leaving out kube-system, gatekeeper-system
     * and azure-arc too, which the saving does not count).
     */
    Optional<TablePlanRecommendation> adviseInterval(TableUsage table, BigDecimal billedRate, List<String> clusters) {
        if (clusters.isEmpty() || !INTERVAL_TABLES.contains(table.table())) {
            return Optional.empty();
        }
        return cut(table, billedRate, FOUR_FIFTHS, EVERY_FIVE_MINUTES,
                "the data collection rules of " + String.join(", ", clusters) + " collect every minute: Container "
                        + "insights' cost preset \"Cost-optimized\" collects every 5 minutes, a fifth of these rows, "
                        + "and leaves out kube-system, gatekeeper-system and azure-arc (the cluster's Insights, "
                        + "Monitoring settings; or az aks enable-addons -a monitoring --data-collection-settings with "
                        + "\"interval\": \"5m\")");
    }

    /**
     * The table's {@code share} not ingested any more: its saving a month at the billed
     * price, the chargeback's change at the price list; none below
     * {@code min-monthly-savings}.
     */
    private Optional<TablePlanRecommendation> cut(TableUsage table, BigDecimal billedRate, BigDecimal share,
            String recommended, String reason) {
        int days = thresholds.lookbackDays();
        BigDecimal cost = table.cost().multiply(share);
        BigDecimal savings = MonthlyRate.inCents(billedRate == null ? cost : cost.multiply(billedRate), days);
        if (table.billableGb().signum() <= 0 || savings.compareTo(thresholds.minMonthlySavings()) < 0
                || !MonthlyRate.fitsTheLake(savings)) {
            return Optional.empty();
        }
        return Optional.of(new TablePlanRecommendation(table, null, recommended, savings,
                MonthlyRate.inCents(cost, days).negate(), reason));
    }

}
