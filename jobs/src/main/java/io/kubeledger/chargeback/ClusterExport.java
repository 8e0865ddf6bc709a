package io.kubeledger.chargeback;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.TreeMap;

import io.kubeledger.run.HandOff;

/**
 * What one cluster's partition of the {@code exportStep} read of its export, for
 * {@link ClusterTotals} to sum.
 *
 * @param missing why the export could not be read when {@code allow-missing-clusters} let
 * the run go on, else null
 * @param creditRows rows of the charged days with a negative {@code TotalCost};
 * {@code credits} is their sum
 * @param rowsWithUnknownFigures rows of the containers' lookback left out of the
 * rightsizing for an unknown figure
 * @param invalidTeamLabels team label values of the charged days that named nobody, with
 * their rows' cost
 * @param rowsByDay the rows read of each charged day with any: the run's coverage of the
 * cluster
 * @param latestDay the latest day of the export that the run read, or null when it read
 * none
 */
public record ClusterExport(String cluster, String missing, long rowsRead, long rowsQuarantined, long containersSeen,
        long containersNotJudged, long creditRows, BigDecimal credits, long rowsWithUnknownFigures,
        TreeMap<String, BigDecimal> invalidTeamLabels, TreeMap<LocalDate, Long> rowsByDay,
        LocalDate latestDay) implements Serializable {

    static final HandOff<ClusterExport> PARTITION = new HandOff<>("opencost.cluster", ClusterExport.class);

    /**
     * A cluster left out whole, with the rows its export quarantined before it gave up.
     */
    static ClusterExport missing(String cluster, String reason, long rowsQuarantined) {
        return new ClusterExport(cluster, reason, 0, rowsQuarantined, 0, 0, 0, BigDecimal.ZERO, 0, new TreeMap<>(),
                new TreeMap<>(), null);
    }
}
