INSERT INTO chargeback (run_id, charge_day, cluster, namespace, team, cost_center, cost_kind, allocation_method,
                        team_registered, workspace_resource_id, cost, source_rows)
VALUES (:runId, :day, :cluster, :namespace, :team, :costCenter, :costKind, :allocationMethod,
        :teamRegistered, :workspaceResourceId, :cost, :sourceRows)
