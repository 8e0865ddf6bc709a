SELECT team, cost_center, allocation_method, team_registered, SUM(cost) AS cost
FROM chargeback
WHERE run_id = :runId
GROUP BY team, cost_center, allocation_method, team_registered
ORDER BY cost DESC, team
