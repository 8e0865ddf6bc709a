package io.kubeledger.lake;

import java.math.BigDecimal;

/**
 * A cluster's bill of one bucket over the days the bill covers, what OpenCost allocated
 * of it, and the rest.
 */
public record InvoiceLine(String cluster, String bucket, BigDecimal billed, BigDecimal allocated, BigDecimal idle) {
}
