DELETE FROM monthly_team_total WHERE report_month = :month
