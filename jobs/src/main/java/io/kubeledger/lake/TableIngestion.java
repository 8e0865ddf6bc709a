package io.kubeledger.lake;

import java.math.BigDecimal;

/**
 * A workspace table's billable ingestion of the month, with the plan it was priced at.
 */
public record TableIngestion(String workspace, String table, String plan, BigDecimal billableGb, BigDecimal cost) {
}
