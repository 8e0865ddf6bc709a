package io.kubeledger.chargeback;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/**
 * The exportStep's totals are the sums of its clusters' partitions, in the clusters'
 * order.
 */
public class ClusterExportTests {

    private static final LocalDate DAY = LocalDate.parse("2026-10-31");

    public static ClusterExport missing(String cluster) {
        return ClusterExport.missing(cluster, "blob not found", 2);
    }

    private static ClusterExport read(String cluster, long rows, String invalidLabel, String cost) {
        return new ClusterExport(cluster, null, rows, 1, rows / 2, 1, 1, new BigDecimal("-0.25"), 3,
                new TreeMap<>(Map.of(invalidLabel, new BigDecimal(cost))), new TreeMap<>(Map.of(DAY, rows)), DAY);
    }

    @Test
    void totalsAddUpTheClustersAndKeepEachClustersOwnFigures() {
        ExportTotals totals = new ExportTotals(
                List.of(read("aks-b", 10, "Pay", "1.5"), missing("aks-c"), read("aks-a", 20, "Pay", "2.25")));

        assertThat(totals.clusters()).extracting(ClusterExport::cluster).containsExactly("aks-a", "aks-b", "aks-c");
        assertThat(totals.rowsRead()).isEqualTo(30);
        assertThat(totals.rowsQuarantined()).isEqualTo(4);
        assertThat(totals.containersSeen()).isEqualTo(15);
        assertThat(totals.creditRows()).isEqualTo(2);
        assertThat(totals.credits()).isEqualByComparingTo("-0.50");
        assertThat(totals.rowsWithUnknownFigures()).isEqualTo(6);
        assertThat(totals.invalidTeamLabels()).containsExactly(Map.entry("Pay", new BigDecimal("3.75")));
        assertThat(totals.quarantinedByCluster()).containsExactly(Map.entry("aks-a", 1L), Map.entry("aks-b", 1L),
                Map.entry("aks-c", 2L));
        assertThat(totals.missingClusters()).containsExactly("aks-c: blob not found");
        assertThat(totals.coverage().get("aks-c")).isEmpty();
        assertThat(totals.coverage().get("aks-a")).containsExactly(Map.entry(DAY, 20L));
        assertThat(totals.latestDay()).contains(DAY);
    }

    @Test
    void noClusterReadHasNoLatestDay() {
        assertThat(new ExportTotals(List.of(missing("aks-a"))).latestDay()).isEmpty();
    }

}
