INSERT INTO chargeback (run_id, charge_day, cluster, namespace, team, cost_center, cost_kind, allocation_method,
                        team_registered, cost, source_rows)
VALUES (:runId, :day, :cluster, :namespace, :team, :costCenter, :costKind, :allocationMethod,
        :teamRegistered, :cost, :sourceRows)
