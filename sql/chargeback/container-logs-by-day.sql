-- A day's priced container-log ingestion per workspace, cluster (as Log Analytics spells it) and namespace.
SELECT workspace_id, workspace_resource_id, cluster_resource_id, namespace, SUM(cost) AS cost, COUNT(*) AS source_rows
FROM container_log_ingestion
WHERE run_id = :runId AND charge_day = :day
GROUP BY workspace_id, workspace_resource_id, cluster_resource_id, namespace
ORDER BY workspace_id, cluster_resource_id, namespace
