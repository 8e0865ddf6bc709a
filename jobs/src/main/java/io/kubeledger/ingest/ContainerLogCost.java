package io.kubeledger.ingest;

import java.math.BigDecimal;

/**
 * A day's priced container-log ingestion of one namespace, as the workspace names the
 * cluster it came from.
 */
public record ContainerLogCost(String workspaceId, String workspaceResourceId, String clusterResourceId,
        String namespace, BigDecimal cost, long sourceRows) {

    ContainerLogCost plus(ContainerLogCost more) {
        return new ContainerLogCost(workspaceId, workspaceResourceId, clusterResourceId, namespace, cost.add(more.cost),
                sourceRows + more.sourceRows);
    }

    /** The same ingestion at another price: the bill's. */
    public ContainerLogCost withCost(BigDecimal newCost) {
        return new ContainerLogCost(workspaceId, workspaceResourceId, clusterResourceId, namespace, newCost,
                sourceRows);
    }
}
