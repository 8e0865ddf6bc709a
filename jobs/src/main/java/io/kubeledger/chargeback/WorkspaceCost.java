package io.kubeledger.chargeback;

import java.math.BigDecimal;

/** A day's priced ingestion of a workspace that no namespace causes: the monitoring cost to share. */
public record WorkspaceCost(String workspaceId, String workspaceResourceId, BigDecimal cost, long sourceRows) {

    WorkspaceCost plus(WorkspaceCost more) {
        return new WorkspaceCost(workspaceId, workspaceResourceId, cost.add(more.cost), sourceRows + more.sourceRows);
    }

    WorkspaceCost withCost(BigDecimal newCost) {
        return new WorkspaceCost(workspaceId, workspaceResourceId, newCost, sourceRows);
    }
}
