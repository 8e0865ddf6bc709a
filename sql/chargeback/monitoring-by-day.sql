-- A day's priced ingestion of every billable table but ContainerLogV2 (charged per namespace), per workspace.
SELECT workspace_id, workspace_resource_id, SUM(cost) AS cost, COUNT(*) AS source_rows
FROM table_ingestion
WHERE run_id = :runId AND charge_day = :day AND table_name <> 'ContainerLogV2'
GROUP BY workspace_id, workspace_resource_id
ORDER BY workspace_id
