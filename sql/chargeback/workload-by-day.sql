-- A day's workload cost per cluster, namespace and owner: the grain of the lake.
SELECT charge_day, cluster, namespace, team, cost_center, 'workload' AS cost_kind, allocation_method, team_registered,
       CAST(NULL AS VARCHAR) AS workspace_resource_id, cost, source_rows
FROM workload_cost
WHERE run_id = :runId AND charge_day = :day
ORDER BY cluster, namespace, team, allocation_method
