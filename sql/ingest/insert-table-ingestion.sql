INSERT INTO table_ingestion (run_id, charge_day, workspace_id, workspace_resource_id, table_name, plan, billable_gb, cost)
VALUES (:runId, :day, :workspaceId, :workspaceResourceId, :table, :plan, :billableGb, :cost)
