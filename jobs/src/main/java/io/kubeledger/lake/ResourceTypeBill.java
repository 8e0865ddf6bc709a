package io.kubeledger.lake;

import java.math.BigDecimal;

/**
 * The bill's rows of the clusters and workspaces of one resource type: how many, and
 * their sum.
 */
public record ResourceTypeBill(String resourceType, long rows, BigDecimal billed) {
}
