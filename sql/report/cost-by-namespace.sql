-- Monitoring comes from no namespace: it is listed as its own line of each cluster.
SELECT cluster, CASE WHEN cost_kind = 'monitoring' THEN '(monitoring)' ELSE namespace END AS namespace, team,
       SUM(cost) AS cost
FROM chargeback_month
WHERE run_id = :runId
GROUP BY cluster, CASE WHEN cost_kind = 'monitoring' THEN '(monitoring)' ELSE namespace END, team
ORDER BY cluster, cost DESC, namespace, team
