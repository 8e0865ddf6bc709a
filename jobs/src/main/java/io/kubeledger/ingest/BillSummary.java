package io.kubeledger.ingest;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.kubeledger.run.HandOff;

/**
 * The {@code billingStep}'s result for the run's record and summary: which runs of the
 * export make the month's bill, through which day, and its sums; or why there is no bill.
 * None when no export is configured. The chargeback takes the bill's days from
 * {@link MonthBill}.
 *
 * @param missing why the month has no bill (the export has no run of it), else null with
 * the other fields set
 * @param runs the runs with their blobs, as the summary names them
 * @param runIds the runs' ids (with their days when several), as the reports name them
 * @param billedByMonitoring the bill of each monitor workspace and monitoring resource,
 * by name
 * @param billedByType the bill's rows charged to the clusters and workspaces, by resource
 * type: their sum, and {@code rowsByType} how many
 * @param rowsOfOthers rows of the fleet's scope on other resources, not charged
 * @param notOnBill configured clusters of which the bill has no row (outside the export's
 * scope?): their days stay estimates
 * @param priorPeriods the newest run's rows of the fleet dated before the month
 * (corrections of earlier periods on this month's invoice), summed per cluster and
 * workspace: charged on the month's first day
 */
public record BillSummary(String missing, String runs, String runIds, LocalDate billedThrough,
        Map<String, BigDecimal> billedByCluster, Map<String, BigDecimal> billedByWorkspace,
        Map<String, BigDecimal> billedByMonitoring, Map<String, BigDecimal> billedByType, Map<String, Long> rowsByType,
        long rowsOfOthers, List<String> notOnBill, Map<String, BigDecimal> priorPeriods) implements Serializable {

    public static final HandOff<BillSummary> RESULT = new HandOff<>("billing", BillSummary.class);

    public BillSummary {
        billedByCluster = new TreeMap<>(billedByCluster);
        billedByWorkspace = new TreeMap<>(billedByWorkspace);
        billedByMonitoring = new TreeMap<>(billedByMonitoring);
        billedByType = new TreeMap<>(billedByType);
        rowsByType = new TreeMap<>(rowsByType);
        notOnBill = List.copyOf(notOnBill);
        priorPeriods = new TreeMap<>(priorPeriods);
    }

    static BillSummary missing(String reason) {
        return new BillSummary(reason, null, null, null, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), 0, List.of(),
                Map.of());
    }

    public boolean billed() {
        return runIds != null;
    }
}
