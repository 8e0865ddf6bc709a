INSERT INTO compliance_finding (run_id, seq, cluster, check_id, status, severity, detail)
VALUES (:runId, NEXT VALUE FOR compliance_finding_seq, :cluster, :check, :status, :severity, :detail)
