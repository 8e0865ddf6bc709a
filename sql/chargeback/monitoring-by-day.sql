-- A day's priced ingestion of every billable table but the container-log table (:containerLogTable, charged per
-- namespace), per workspace: the monitoring cost.
SELECT workspace_id, workspace_resource_id, SUM(cost) AS cost, COUNT(*) AS source_rows
FROM table_ingestion
WHERE run_id = :runId AND charge_day = :day AND table_name <> :containerLogTable
GROUP BY workspace_id, workspace_resource_id
ORDER BY workspace_id
