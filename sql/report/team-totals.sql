-- Each team's cost of last month through the day the report compares with (its like-for-like period's last day).
SELECT team, SUM(cost) AS cost
FROM chargeback_month
WHERE charge_day <= ?
GROUP BY team
ORDER BY cost DESC, team
