INSERT INTO monthly_team_total (report_month, team, through_date, cost) VALUES (:month, :team, :through, :cost)
