-- The run's working rows are scratch: the lake holds the results. Other runs may use the tables at the same time (the
-- shards of a fleet on one PostgreSQL database), so a run deletes its own rows only.
DELETE FROM table_ingestion WHERE run_id = :runId;
DELETE FROM table_query_count WHERE run_id = :runId;
DELETE FROM table_plan_recommendation WHERE run_id = :runId;
DELETE FROM compliance_finding WHERE run_id = :runId;
