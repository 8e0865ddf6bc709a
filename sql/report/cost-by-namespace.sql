SELECT cluster, namespace, team, SUM(cost) AS cost
FROM chargeback
WHERE run_id = :runId
GROUP BY cluster, namespace, team
ORDER BY cluster, cost DESC, namespace, team
