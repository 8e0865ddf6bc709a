-- The lasting tables (kept across runs, never dropped), version 1: which mail was sent for which month, so that a rerun
-- sends nothing twice. IF NOT EXISTS: databases from before these migrations have the table already.
CREATE TABLE IF NOT EXISTS mail_sent (
    report_month CHAR(7)      NOT NULL,
    message      VARCHAR(300) NOT NULL,
    recipient    VARCHAR(320) NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (report_month, message, recipient)
);
