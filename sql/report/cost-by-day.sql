-- Each team's cost per day, and its OpenCost allocation alone (idle cost and corrections left out), which is what a
-- month billed and a month estimated are compared on.
SELECT charge_day, team, SUM(cost) AS cost,
       SUM(CASE WHEN cost_kind IN ('idle', 'correction') THEN 0 ELSE cost END) AS allocation
FROM chargeback_month
GROUP BY charge_day, team
ORDER BY charge_day, team
