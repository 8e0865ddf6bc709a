package io.kubeledger.ingest;

/**
 * The billing account a bill charges a subscription to: FOCUS {@code BillingAccountId}
 * and its name (maybe empty).
 */
public record BillingAccount(String id, String name) {
}
