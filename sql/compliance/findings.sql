-- The run's findings in the order they were found: cluster by cluster, check by check.
SELECT cluster, check_id, status, severity, detail
FROM compliance_finding
WHERE run_id = :runId
ORDER BY seq
