package io.kubeledger.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One row of the bill: a resource's charge on a day, in the billing currency:
 * {@code cost} in the column the job charges ({@code billing.cost-column}),
 * {@code otherCost} in the other of {@code BilledCost} and {@code EffectiveCost}.
 * {@code resourceId} and {@code resourceGroup} are lower-cased, as matching them is;
 * {@code resourceType} is what the bill calls the type (Cost Management writes a display
 * name, "Virtual machine scale set"), {@code armType} the ARM type
 * ({@link BillBucket#armType}); {@code invoiceId} is empty where the bill has none (an
 * EA's, a day not invoiced yet).
 */
record BillRow(LocalDate day, String subscriptionId, String subscriptionName, String resourceGroup, String resourceId,
        String resourceType, String armType, BigDecimal cost, BigDecimal otherCost, String currency,
        BillingAccount billingAccount, String invoiceId) {
}
