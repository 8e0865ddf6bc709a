-- Queries that named each table over the lookback, and the GB they scanned. A workspace with no row here does not
-- audit its queries.
SELECT workspace_id, table_name, SUM(queries) AS queries, SUM(scanned_gb) AS scanned_gb
FROM table_query_count
WHERE run_id = :runId AND charge_day >= :start AND charge_day < :end
GROUP BY workspace_id, table_name
