package io.kubeledger.chargeback;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.ToLongFunction;

import io.kubeledger.run.HandOff;

/**
 * The {@code exportStep}'s result for the run's record and summary: each cluster's
 * partition, in the clusters' names' order, and their sums.
 */
public record ExportTotals(List<ClusterExport> clusters) implements Serializable {

    public static final HandOff<ExportTotals> RESULT = new HandOff<>("opencost.export", ExportTotals.class);

    public ExportTotals {
        clusters = List.copyOf(clusters.stream().sorted(Comparator.comparing(ClusterExport::cluster)).toList());
    }

    public long rowsRead() {
        return sum(ClusterExport::rowsRead);
    }

    public long rowsQuarantined() {
        return sum(ClusterExport::rowsQuarantined);
    }

    public long containersSeen() {
        return sum(ClusterExport::containersSeen);
    }

    public long containersNotJudged() {
        return sum(ClusterExport::containersNotJudged);
    }

    public long creditRows() {
        return sum(ClusterExport::creditRows);
    }

    public long rowsWithUnknownFigures() {
        return sum(ClusterExport::rowsWithUnknownFigures);
    }

    public BigDecimal credits() {
        return clusters.stream().map(ClusterExport::credits).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public Map<String, Long> quarantinedByCluster() {
        Map<String, Long> quarantined = new TreeMap<>();
        clusters.forEach(cluster -> quarantined.put(cluster.cluster(), cluster.rowsQuarantined()));
        return quarantined;
    }

    /** Each cluster whose export could not be read, as {@code <cluster>: <why>}. */
    public List<String> missingClusters() {
        return clusters.stream()
            .filter(cluster -> cluster.missing() != null)
            .map(cluster -> cluster.cluster() + ": " + cluster.missing())
            .toList();
    }

    /** Each invalid team label's cost, summed over the clusters, by value. */
    public Map<String, BigDecimal> invalidTeamLabels() {
        Map<String, BigDecimal> costs = new TreeMap<>();
        clusters.forEach(cluster -> cluster.invalidTeamLabels()
            .forEach((value, cost) -> costs.merge(value, cost, BigDecimal::add)));
        return costs;
    }

    /**
     * Each cluster's rows read by charged day, every cluster of the run (one whose export
     * was missing has none).
     */
    public Map<String, Map<LocalDate, Long>> coverage() {
        Map<String, Map<LocalDate, Long>> coverage = new TreeMap<>();
        clusters.forEach(cluster -> coverage.put(cluster.cluster(), cluster.rowsByDay()));
        return coverage;
    }

    /** The latest day any export has a row of. */
    Optional<LocalDate> latestDay() {
        return clusters.stream()
            .map(ClusterExport::latestDay)
            .filter(day -> day != null)
            .max(Comparator.naturalOrder());
    }

    private long sum(ToLongFunction<ClusterExport> count) {
        return clusters.stream().mapToLong(count).sum();
    }
}
