INSERT INTO workload_cost (run_id, charge_day, cluster, namespace, team, cost_center, allocation_method,
                           team_registered, cost, source_rows)
VALUES (:runId, :day, :cluster, :namespace, :team, :costCenter, :allocationMethod, :teamRegistered, :cost, :sourceRows)
