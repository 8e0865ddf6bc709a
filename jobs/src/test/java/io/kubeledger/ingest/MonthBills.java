package io.kubeledger.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** Bills made up for the chargeback's tests, as the billingStep would leave them. */
public final class MonthBills {

    private MonthBills() {
    }

    /**
     * A bill that covers the days {@code from} to {@code through} with these clusters'
     * and workspaces' rows.
     */
    public static MonthBill of(LocalDate from, LocalDate through,
            Map<String, Map<LocalDate, Map<BillBucket, BigDecimal>>> byCluster,
            Map<String, Map<LocalDate, BigDecimal>> byWorkspaceResourceId) {
        MonthBill bill = new MonthBill();
        bill.billed(from, through, byCluster, byWorkspaceResourceId);
        return bill;
    }

    /**
     * A bill that carries corrections of earlier periods, in both cost columns alike:
     * each cluster's per bucket, and each workspace's (by resource id in lower case), all
     * dated {@code day}.
     */
    public static MonthBill correcting(MonthBill bill, LocalDate day,
            Map<String, Map<BillBucket, BigDecimal>> byCluster, Map<String, BigDecimal> byWorkspaceResourceId) {
        ColumnSums earlier = new ColumnSums();
        byCluster.forEach((cluster, buckets) -> buckets
            .forEach((bucket, cost) -> earlier.addToCluster(cluster, day, bucket, cost)));
        byWorkspaceResourceId.forEach((workspace, cost) -> earlier.addToWorkspace(workspace, day, cost));
        bill.corrected(earlier);
        return bill;
    }

}
