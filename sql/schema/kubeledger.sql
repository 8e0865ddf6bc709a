-- The job's tables, created at start-up by DatabaseSchema on H2 or PostgreSQL. The script is H2's; DatabaseSchema
-- spells for PostgreSQL the exact decimal without a scale (DECFLOAT, there NUMERIC) and the working tables (MEMORY ...
-- NOT PERSISTENT, there UNLOGGED).
-- Working tables of one run, keyed by the Spring Batch job execution id (run_id) and emptied when the run ends. Being
-- scratch, they are never written to disk by H2 (NOT PERSISTENT: the rows stay in the heap, under 1 MB per cluster),
-- nor to the write-ahead log by PostgreSQL (UNLOGGED): on H2 the file store's page writes and reads were a tenth of a
-- month-end run.
-- Money is DECFLOAT: exact, with no scale to round OpenCost's shortest round-trip decimals to.
-- They are rebuilt at every start, so the columns of a new version never meet the tables of an old one.

-- Earlier versions kept every export row here; the rows are now summed as they are read.
DROP TABLE IF EXISTS allocation;

-- Earlier versions kept each cluster's workload sums here; they now go to the chargeback step through the state folder.
DROP TABLE IF EXISTS workload_cost;

-- Earlier versions kept every chargeback line here; each day's lines now go straight to the lake.
DROP TABLE IF EXISTS chargeback;

-- The chargeback lines (the lake's rows, rounded to 12 digits) summed over the month to date, without day and
-- workspace: what the reports group by, summed while the lines are charged, so that the reports never scan the lines
-- themselves.
DROP TABLE IF EXISTS chargeback_month;
CREATE MEMORY TABLE chargeback_month (
    run_id            BIGINT         NOT NULL,
    cluster           VARCHAR(253)   NOT NULL,
    namespace         VARCHAR(253)   NOT NULL,
    team              VARCHAR(253)   NOT NULL,
    cost_center       VARCHAR(253),
    cost_kind         VARCHAR(32)    NOT NULL,
    allocation_method VARCHAR(16)    NOT NULL,
    team_registered   BOOLEAN        NOT NULL,
    cost_bucket       VARCHAR(16),
    cost_status       VARCHAR(16)    NOT NULL,
    cost              DECIMAL(38, 12) NOT NULL
) NOT PERSISTENT;

-- Each team's cost of each day of the month to date, for the reports' daily charts.
DROP TABLE IF EXISTS chargeback_team_day;
CREATE MEMORY TABLE chargeback_team_day (
    run_id     BIGINT          NOT NULL,
    charge_day DATE            NOT NULL,
    team       VARCHAR(253)    NOT NULL,
    cost       DECIMAL(38, 12) NOT NULL
) NOT PERSISTENT;

-- Log Analytics answers of the run, priced at ingest (cost = GB × price of the table's plan). The usage rows of every
-- billable table of each workspace, ContainerLogV2's included (for the plan rightsizing).
DROP TABLE IF EXISTS table_ingestion;
CREATE MEMORY TABLE table_ingestion (
    run_id                BIGINT        NOT NULL,
    charge_day            DATE          NOT NULL,
    workspace_id          VARCHAR(64)   NOT NULL,
    workspace_resource_id VARCHAR(1024) NOT NULL,
    table_name            VARCHAR(253)  NOT NULL,
    plan                  VARCHAR(32)   NOT NULL,
    billable_gb           DECFLOAT      NOT NULL,
    cost                  DECFLOAT      NOT NULL
) NOT PERSISTENT;
CREATE INDEX table_ingestion_run_day ON table_ingestion (run_id, charge_day);

-- Earlier versions kept the priced ContainerLogV2 rows here; the run now sums them as they come (ContainerLogSums).
DROP TABLE IF EXISTS container_log_ingestion;

-- Queries per day that named each table (LAQueryLogs) and the GB they scanned, for the plan rightsizing.
DROP TABLE IF EXISTS table_query_count;
CREATE MEMORY TABLE table_query_count (
    run_id       BIGINT       NOT NULL,
    charge_day   DATE         NOT NULL,
    workspace_id VARCHAR(64)  NOT NULL,
    table_name   VARCHAR(253) NOT NULL,
    queries      BIGINT       NOT NULL,
    scanned_gb   DECFLOAT     NOT NULL
) NOT PERSISTENT;

-- Earlier versions kept the container requests' recommendations here; the run now keeps them in memory
-- (RecommendationRepository).
DROP TABLE IF EXISTS container_recommendation;

-- The table plans' recommendations of the run (the lake's log-tables dataset); queries unknown are NULL.
DROP TABLE IF EXISTS table_plan_recommendation;
CREATE MEMORY TABLE table_plan_recommendation (
    run_id                BIGINT         NOT NULL,
    workspace_resource_id VARCHAR(1024)  NOT NULL,
    table_name            VARCHAR(253)   NOT NULL,
    plan                  VARCHAR(32)    NOT NULL,
    billable_gb           DECFLOAT       NOT NULL,
    cost                  DECFLOAT       NOT NULL,
    queries               BIGINT,
    scanned_gb            DECFLOAT,
    query_cost            DECFLOAT,
    recommended_plan      VARCHAR(32)    NOT NULL,
    monthly_savings       DECIMAL(18, 2) NOT NULL,
    reason                VARCHAR(1000)  NOT NULL
) NOT PERSISTENT;

-- The compliance findings of the run (the lake's compliance dataset), in the order they were found.
DROP TABLE IF EXISTS compliance_finding;
CREATE MEMORY TABLE compliance_finding (
    run_id    BIGINT        NOT NULL,
    seq       BIGINT        GENERATED BY DEFAULT AS IDENTITY,
    cluster   VARCHAR(253)  NOT NULL,
    check_id  VARCHAR(253)  NOT NULL,
    status    VARCHAR(16)   NOT NULL,
    severity  VARCHAR(16)   NOT NULL,
    detail    VARCHAR(8000) NOT NULL
) NOT PERSISTENT;

-- Kept across runs (never dropped): which mail was sent for which month, so that a rerun sends nothing twice.
CREATE TABLE IF NOT EXISTS mail_sent (
    report_month CHAR(7)      NOT NULL,
    message      VARCHAR(300) NOT NULL,
    recipient    VARCHAR(320) NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (report_month, message, recipient)
);
