SELECT charge_day, team, SUM(cost) AS cost
FROM chargeback_month
GROUP BY charge_day, team
ORDER BY charge_day, team
