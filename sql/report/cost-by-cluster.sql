SELECT cluster, SUM(cost) AS cost
FROM chargeback_month
WHERE run_id = :runId
GROUP BY cluster
ORDER BY cost DESC, cluster
