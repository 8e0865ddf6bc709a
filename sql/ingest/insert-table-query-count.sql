INSERT INTO table_query_count (run_id, charge_day, workspace_id, table_name, queries, scanned_gb)
VALUES (:runId, :day, :workspaceId, :table, :queries, :scannedGb)
