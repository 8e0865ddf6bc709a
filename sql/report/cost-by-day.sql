SELECT charge_day, team, cost
FROM chargeback_team_day
WHERE run_id = :runId
ORDER BY charge_day, team
