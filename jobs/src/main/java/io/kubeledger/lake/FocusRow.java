package io.kubeledger.lake;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One row of the {@code chargeback} dataset, in the parts its columns come from
 * ({@link LakeSchemas#CHARGEBACK} names each column's part and field; docs/lake.md says
 * what each value is). A new column is a field of one part, a line of the schema and a
 * row of docs/lake.md. The parts that stay the same for a month's lines of a resource, a
 * team or a day are made once and shared by those rows ({@link FocusRowMapper}).
 */
public record FocusRow(Amounts amounts, Periods periods, Resource resource, Owner owner, Charge charge) {

    /** The row's costs in the bill's currency, and what prices them. */
    public record Amounts(BigDecimal billed, BigDecimal effective, BigDecimal list, BigDecimal contracted,
            BigDecimal pricingQuantity, String pricingUnit, String currency) {
    }

    /**
     * The billing period (the month) and the charge period (the day, or the period a
     * correction corrects).
     */
    public record Periods(Instant billingStart, Instant billingEnd, Instant chargeStart, Instant chargeEnd) {
    }

    /**
     * The Azure resource a line's cost is billed on, the cluster for workload and idle,
     * the workspace for logs: its subscription's name and billing account from the bill,
     * its region from ARM.
     */
    public record Resource(String id, String name, String type, String subscription, String subscriptionName,
            String billingAccountId, String billingAccountName, String serviceCategory, String serviceName,
            String regionId, String regionName) {
    }

    /** Who the row is charged to, in which cluster and namespace. */
    public record Owner(String team, String costCenter, String cluster, String namespace, boolean teamRegistered) {
    }

    /**
     * What the charge is: its class and description, the invoice that bills it, its tags,
     * kubeledger's kind of it.
     */
    public record Charge(String chargeClass, String description, String invoiceId, String tags, String costKind,
            String allocation, long sourceRowCount, String costBucket, String costStatus) {
    }
}
