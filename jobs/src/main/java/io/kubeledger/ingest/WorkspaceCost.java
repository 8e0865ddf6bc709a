package io.kubeledger.ingest;

import java.math.BigDecimal;

/**
 * A day's priced ingestion of a workspace that no namespace causes: the monitoring cost
 * to share.
 */
public record WorkspaceCost(String workspaceId, String workspaceResourceId, BigDecimal cost, long sourceRows) {

    public WorkspaceCost plus(WorkspaceCost more) {
        return new WorkspaceCost(workspaceId, workspaceResourceId, cost.add(more.cost), sourceRows + more.sourceRows);
    }

    /** The same ingestion at another price: the bill's. */
    public WorkspaceCost withCost(BigDecimal newCost) {
        return new WorkspaceCost(workspaceId, workspaceResourceId, newCost, sourceRows);
    }
}
