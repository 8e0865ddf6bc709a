INSERT INTO chargeback_team_day (run_id, charge_day, team, cost) VALUES (:runId, :day, :team, :cost)
