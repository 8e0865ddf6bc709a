-- The run's working rows are scratch: the lake and the reports hold the results. A database serves one run at a time
-- (start-up rebuilds these tables too), so emptying them whole is safe, and far faster than deleting by run_id.
TRUNCATE TABLE chargeback_month;
TRUNCATE TABLE chargeback_team_day;
TRUNCATE TABLE table_ingestion;
TRUNCATE TABLE table_query_count;
TRUNCATE TABLE table_plan_recommendation;
TRUNCATE TABLE compliance_finding;
