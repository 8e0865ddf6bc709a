package io.kubeledger.lake;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How many input rows the run read and how many it quarantined; how many containers the
 * rightsizing saw and how many of them it could not judge (seen on too few days, or
 * gone); the data quality of the rows read: credits (negative {@code TotalCost}, charged
 * as written) and rows with an unknown usage, request or cost figure.
 */
public record InputCounts(long opencostRowsRead, long opencostRowsQuarantined, long logRowsRead,
        long logRowsQuarantined, long containersSeen, long containersNotJudged,
        Map<String, Long> opencostQuarantinedByCluster, List<String> missingClusters, long creditRows,
        BigDecimal credits, long rowsWithUnknownFigures, Map<String, BigDecimal> invalidTeamLabels) {

    /**
     * The invalid team labels a PDF names, the costliest first; the workbook lists them
     * all.
     */
    static final int INVALID_LABELS_SHOWN = 10;

    public InputCounts {
        opencostQuarantinedByCluster = Collections.unmodifiableMap(new TreeMap<>(opencostQuarantinedByCluster));
        missingClusters = List.copyOf(missingClusters);
        invalidTeamLabels = Collections.unmodifiableMap(new TreeMap<>(invalidTeamLabels));
    }

    /** What every report says first when clusters are missing, or null when none is. */
    public String missingNotice() {
        return missingClusters.isEmpty() ? null
                : "INCOMPLETE: the OpenCost exports of " + missingClusters.size()
                        + " cluster(s) could not be read, so their workload is not charged in this report: "
                        + String.join("; ", missingClusters) + ".";
    }

    /**
     * The data quality note of the reports, or null when every row read was an ordinary
     * one.
     */
    public String dataQualityNotice(String currency) {
        List<String> notes = new ArrayList<>();
        if (creditRows > 0) {
            notes.add(creditRows + " OpenCost row(s) of the month are credits (a negative TotalCost), charged as "
                    + "written: " + credits.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " " + currency
                    + " in all.");
        }
        if (rowsWithUnknownFigures > 0) {
            notes.add(rowsWithUnknownFigures + " OpenCost row(s) of the rightsizing lookback have a usage, request "
                    + "or cost figure written as NaN, an infinity or a negative number: they are charged, and their "
                    + "containers' days are left out of the rightsizing.");
        }
        if (!invalidTeamLabels.isEmpty()) {
            notes.add(invalidTeamLabels.size() + " team label value(s) name no team (not a valid Kubernetes label "
                    + "value, or a reserved name), so their rows went by the namespace rules: "
                    + invalidTeamLabels(INVALID_LABELS_SHOWN, currency) + ".");
        }
        return notes.isEmpty() ? null : "Data quality: " + String.join(" ", notes);
    }

    /**
     * The first {@code shown} invalid team labels, costliest first, each quoted with its
     * cost.
     */
    public String invalidTeamLabels(int shown, String currency) {
        List<Map.Entry<String, BigDecimal>> costliest = invalidTeamLabels.entrySet()
            .stream()
            .sorted(Map.Entry.<String, BigDecimal>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
            .toList();
        String listed = costliest.stream()
            .limit(shown)
            .map(e -> "'" + e.getKey() + "' " + e.getValue().setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " "
                    + currency)
            .collect(Collectors.joining(", "));
        return costliest.size() > shown ? listed + " and " + (costliest.size() - shown) + " more" : listed;
    }

    public long opencostQuarantined(String cluster) {
        return opencostQuarantinedByCluster.getOrDefault(cluster, 0L);
    }
}
