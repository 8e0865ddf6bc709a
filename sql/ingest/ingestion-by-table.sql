-- Each workspace's billable ingestion by table from Usage in the month to date (the run also reads the days the table
-- plans look back over), as charged; the container-log table (:containerLogTable, ContainerLogV2) is charged from the
-- per-namespace query, whose sums the run keeps apart (ContainerLogSums).
SELECT workspace_resource_id, table_name, plan, SUM(billable_gb) AS billable_gb, SUM(cost) AS cost
FROM table_ingestion
WHERE run_id = :runId AND charge_day >= :start AND charge_day < :end AND table_name <> :containerLogTable
GROUP BY workspace_resource_id, table_name, plan
