SELECT day, team, SUM(cost) AS cost
FROM chargeback
WHERE run_id = :runId
GROUP BY day, team
ORDER BY day, team
