SELECT team, through_date, cost FROM monthly_team_total WHERE report_month = :month ORDER BY cost DESC, team
