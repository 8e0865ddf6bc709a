INSERT INTO compliance_finding (run_id, cluster, check_id, status, severity, detail)
VALUES (:runId, :cluster, :check, :status, :severity, :detail)
