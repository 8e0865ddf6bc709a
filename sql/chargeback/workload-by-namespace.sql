-- The workload cost of each day, cluster, namespace and team: the grain of the lake.
SELECT charge_day, cluster, namespace, team, cost_center, 'workload' AS cost_kind, allocation_method, team_registered,
       SUM(total_cost) AS cost, COUNT(*) AS source_rows
FROM allocation
WHERE run_id = :runId
GROUP BY charge_day, cluster, namespace, team, cost_center, allocation_method, team_registered
ORDER BY charge_day, cluster, namespace, team
