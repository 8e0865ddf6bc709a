package io.kubeledger.lake;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One row of the {@code chargeback} dataset: the FOCUS 1.2 columns kubeledger fills, then its own {@code x_} columns
 * ({@link LakeSchemas#CHARGEBACK}; docs/lake.md says what each value is).
 */
public record FocusRow(
        BigDecimal billedCost,
        BigDecimal effectiveCost,
        BigDecimal listCost,
        BigDecimal contractedCost,
        BigDecimal pricingQuantity,
        String pricingUnit,
        Instant billingPeriodStart,
        Instant billingPeriodEnd,
        Instant chargePeriodStart,
        Instant chargePeriodEnd,
        String billingAccountId,
        String billingAccountName,
        String billingCurrency,
        String chargeCategory,
        String chargeClass,
        String chargeDescription,
        String chargeFrequency,
        String invoiceIssuerName,
        String invoiceId,
        String providerName,
        String publisherName,
        String regionId,
        String regionName,
        String serviceCategory,
        String serviceName,
        String resourceId,
        String resourceName,
        String resourceType,
        String subAccountId,
        String subAccountName,
        String tags,
        String team,
        String costCenter,
        String cluster,
        String namespace,
        String costKind,
        String allocation,
        boolean teamRegistered,
        long sourceRowCount,
        String costBucket,
        String costStatus) {
}
