-- Each workspace's billable ingestion by table in the month to date (the run also reads the days the table plans look
-- back over), as charged: ContainerLogV2 from the per-namespace query, every other table from Usage. Bytes become GB by
-- multiplying: H2 divides DECFLOAT slowly.
SELECT workspace_resource_id, table_name, plan, SUM(billable_gb) AS billable_gb, SUM(cost) AS cost
FROM table_ingestion
WHERE run_id = :runId AND charge_day >= :start AND charge_day < :end AND table_name <> 'ContainerLogV2'
GROUP BY workspace_resource_id, table_name, plan
UNION ALL
SELECT workspace_resource_id, 'ContainerLogV2', plan, CAST(SUM(billable_bytes) AS DECIMAL(38, 0)) * 0.000000001, SUM(cost)
FROM container_log_ingestion
WHERE run_id = :runId AND charge_day >= :start AND charge_day < :end
GROUP BY workspace_resource_id, plan
ORDER BY 1, 5 DESC, 2
