SELECT charge_day, team, SUM(cost) AS cost
FROM chargeback
WHERE run_id = :runId
GROUP BY charge_day, team
ORDER BY charge_day, team
