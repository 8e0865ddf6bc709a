-- Each workspace table's billable GB and cost over the lookback, at its current plan.
SELECT workspace_id, workspace_resource_id, table_name, plan, SUM(billable_gb) AS billable_gb, SUM(cost) AS cost
FROM table_ingestion
WHERE run_id = :runId AND charge_day >= :start AND charge_day < :end
GROUP BY workspace_id, workspace_resource_id, table_name, plan
ORDER BY workspace_resource_id, table_name
