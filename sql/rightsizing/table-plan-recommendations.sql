-- The run's table plan recommendations, biggest saving first, for the lake and the reports.
SELECT workspace_resource_id, table_name, plan, billable_gb, cost, queries, scanned_gb, query_cost, recommended_plan,
       monthly_savings, charged_monthly_change, reason
FROM table_plan_recommendation
WHERE run_id = :runId
ORDER BY monthly_savings DESC, workspace_resource_id, table_name
