-- Version 2: no more working tables. A run's data passes between its steps in job-scoped beans (docs/design.md, "A
-- run's data between steps"); the tables earlier versions kept it in, and the digest of their script, go.
DROP TABLE IF EXISTS table_ingestion;
DROP TABLE IF EXISTS table_query_count;
DROP TABLE IF EXISTS table_plan_recommendation;
DROP TABLE IF EXISTS compliance_finding;
DROP TABLE IF EXISTS container_recommendation;
DROP TABLE IF EXISTS container_log_ingestion;
DROP TABLE IF EXISTS chargeback_team_day;
DROP TABLE IF EXISTS chargeback_month;
DROP TABLE IF EXISTS chargeback;
DROP TABLE IF EXISTS workload_cost;
DROP TABLE IF EXISTS allocation;
DROP TABLE IF EXISTS kubeledger_schema;
