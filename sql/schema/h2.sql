-- Working tables of one run, keyed by the Spring Batch job execution id (run_id) and emptied when the run ends.
-- Money is DECFLOAT: exact, with no scale to round OpenCost's shortest round-trip decimals to.

CREATE TABLE IF NOT EXISTS allocation (
    run_id                    BIGINT        NOT NULL,
    charge_day                DATE          NOT NULL,
    cluster                   VARCHAR(253)  NOT NULL,
    namespace                 VARCHAR(253)  NOT NULL,
    controller_kind           VARCHAR(253)  NOT NULL,
    controller_name           VARCHAR(253)  NOT NULL,
    pod                       VARCHAR(253)  NOT NULL,
    container                 VARCHAR(253)  NOT NULL,
    cpu_core_usage_average    DOUBLE PRECISION NOT NULL,
    cpu_core_request_average  DOUBLE PRECISION NOT NULL,
    ram_bytes_usage_average   DOUBLE PRECISION NOT NULL,
    ram_bytes_request_average DOUBLE PRECISION NOT NULL,
    network_receive_bytes     DOUBLE PRECISION NOT NULL,
    network_transfer_bytes    DOUBLE PRECISION NOT NULL,
    cpu_cost                  DECFLOAT      NOT NULL,
    ram_cost                  DECFLOAT      NOT NULL,
    total_cost                DECFLOAT      NOT NULL,
    team                      VARCHAR(253)  NOT NULL,
    cost_center               VARCHAR(253),
    allocation_method         VARCHAR(16)   NOT NULL,
    team_registered           BOOLEAN       NOT NULL
);
CREATE INDEX IF NOT EXISTS allocation_run_day ON allocation (run_id, charge_day);

-- The chargeback lines of the run: exactly what the lake and the reports show (cost rounded to 12 digits).
CREATE TABLE IF NOT EXISTS chargeback (
    run_id            BIGINT         NOT NULL,
    charge_day        DATE           NOT NULL,
    cluster           VARCHAR(253)   NOT NULL,
    namespace         VARCHAR(253)   NOT NULL,
    team              VARCHAR(253)   NOT NULL,
    cost_center       VARCHAR(253),
    cost_kind         VARCHAR(32)    NOT NULL,
    allocation_method VARCHAR(16)    NOT NULL,
    team_registered   BOOLEAN        NOT NULL,
    cost              DECIMAL(38, 12) NOT NULL,
    source_rows       BIGINT         NOT NULL
);
CREATE INDEX IF NOT EXISTS chargeback_run_day ON chargeback (run_id, charge_day);
