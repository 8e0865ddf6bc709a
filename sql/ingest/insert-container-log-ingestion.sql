INSERT INTO container_log_ingestion (run_id, charge_day, workspace_id, workspace_resource_id, cluster_resource_id,
                                     namespace, plan, billable_bytes, cost)
VALUES (:runId, :day, :workspaceId, :workspaceResourceId, :clusterResourceId, :namespace, :plan, :billableBytes, :cost)
