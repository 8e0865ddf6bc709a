package io.kubeledger.lake;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kubeledger.chargeback.ChargebackResult;
import io.kubeledger.ingest.BillSummary;
import io.kubeledger.ingest.InvoiceBridge;

/** The month's {@link Billing} from the billing and chargeback steps' results. */
public final class BillingFromJob {

    static final String NOT_CONFIGURED = "no Azure Cost Management export is configured "
            + "(kubeledger.billing.cost-export), so the costs are OpenCost's and the price list's.";

    private BillingFromJob() {
    }

    /**
     * {@code bill}: none when no export is configured; {@code bridge}: from the bill in
     * the export's scope to this fleet's, where the month is billed.
     */
    static Billing of(Optional<BillSummary> bill, Optional<ChargebackResult> chargeback,
            Optional<InvoiceBridge> bridge) {
        List<String> billedWithoutWorkload = chargeback.map(ChargebackResult::billedWithoutWorkload).orElse(List.of());
        if (bill.isEmpty() || !bill.get().billed()) {
            String missing = bill.map(summary -> summary.missing() + ".").orElse(NOT_CONFIGURED);
            return new Billing(null, null, missing, Map.of(), Map.of(), List.of(), List.of(), billedWithoutWorkload,
                    List.of(), List.of(), null);
        }
        BillSummary billed = bill.get();
        List<ResourceTypeBill> byType = billed.billedByType()
            .entrySet()
            .stream()
            .map(type -> new ResourceTypeBill(type.getKey(), billed.rowsByType().get(type.getKey()), type.getValue()))
            .toList();
        return new Billing(billed.runIds(), billed.billedThrough(), null, billed.billedByWorkspace(),
                billed.billedByMonitoring(), byType, billed.notOnBill(), billedWithoutWorkload, List.of(), List.of(),
                bridge.orElse(null));
    }

}
