-- The run's working rows are scratch: the lake and the reports hold the results.
DELETE FROM allocation WHERE run_id = :runId;
DELETE FROM chargeback WHERE run_id = :runId;
DELETE FROM table_ingestion WHERE run_id = :runId;
DELETE FROM container_log_ingestion WHERE run_id = :runId;
DELETE FROM table_query_count WHERE run_id = :runId;
