package io.kubeledger.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** Bills made up for the chargeback's tests, as the billingStep would leave them. */
public final class MonthBills {

    private MonthBills() {
    }

    /** A bill that covers the days {@code from} to {@code through} with these clusters' and workspaces' rows. */
    public static MonthBill of(LocalDate from, LocalDate through,
            Map<String, Map<LocalDate, Map<BillBucket, BigDecimal>>> byCluster,
            Map<String, Map<LocalDate, BigDecimal>> byWorkspaceResourceId) {
        MonthBill bill = new MonthBill();
        bill.billed(from, through, byCluster, byWorkspaceResourceId);
        return bill;
    }
}
