package io.kubeledger.rightsizing;

import java.math.BigDecimal;

import io.kubeledger.config.ResourceIds;

/**
 * A workspace table over the plans' lookback: its plan, billable GB and their cost at
 * that plan, and the queries that named it with the GB they scanned. Queries and scanned
 * GB are null when the workspace does not audit its queries (no {@code LAQueryLogs}), so
 * nobody can tell how often the table is read.
 */
public record TableUsage(String workspaceResourceId, String table, String plan, BigDecimal billableGb, BigDecimal cost,
        Long queries, BigDecimal scannedGb) {

    public boolean queriesKnown() {
        return queries != null;
    }

    public String workspace() {
        return ResourceIds.name(workspaceResourceId);
    }
}
