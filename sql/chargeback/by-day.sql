SELECT charge_day, cluster, namespace, team, cost_center, cost_kind, allocation_method, team_registered,
       workspace_resource_id, cost, source_rows
FROM chargeback
WHERE run_id = :runId AND charge_day = :day
ORDER BY cluster, namespace, team, cost_kind, allocation_method
