-- Each team's month through the report date: last month's, beside which this month's are shown.
SELECT team, SUM(cost) AS cost
FROM chargeback_month
GROUP BY team
ORDER BY cost DESC, team
