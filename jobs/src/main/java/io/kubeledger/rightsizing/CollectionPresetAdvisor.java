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

    /** The recommended "plan" of a table the preset stops collecting. */
    static final String NOT_COLLECTED = "not collected";

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
        if (clusters.isEmpty() || !METRIC_TABLES.contains(table.table()) || table.billableGb().signum() <= 0) {
            return Optional.empty();
        }
        int days = thresholds.lookbackDays();
        BigDecimal billed = billedRate == null ? table.cost() : table.cost().multiply(billedRate);
        BigDecimal savings = MonthlyRate.inCents(billed, days);
        if (savings.compareTo(thresholds.minMonthlySavings()) < 0 || !MonthlyRate.fitsTheLake(savings)) {
            return Optional.empty();
        }
        return Optional.of(new TablePlanRecommendation(table, null, NOT_COLLECTED, savings,
                MonthlyRate.inCents(table.cost(), days).negate(),
                "Managed Prometheus already collects these metrics of " + String.join(", ", clusters)
                        + ": Container insights' cost preset \"Logs and events\" stops collecting Perf and "
                        + "InsightsMetrics (the cluster's Insights, Monitoring settings; or az aks enable-addons -a "
                        + "monitoring --data-collection-settings with " + SETTINGS + ")"));
    }

}
