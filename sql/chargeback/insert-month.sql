INSERT INTO chargeback_month (run_id, cluster, namespace, team, cost_center, cost_kind, allocation_method,
                              team_registered, cost_bucket, cost_status, cost)
VALUES (:runId, :cluster, :namespace, :team, :costCenter, :costKind, :allocationMethod, :teamRegistered, :costBucket,
        :costStatus, :cost)
