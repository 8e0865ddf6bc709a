-- Each team's cost per day, and at the price list (allocation: ListCost, logs at their priced ingestion, idle cost and
-- corrections left out), which is what a billed month and an estimated one are compared on.
SELECT charge_day, team, SUM(cost) AS cost, SUM(list_cost) AS allocation
FROM chargeback_month
GROUP BY charge_day, team
ORDER BY charge_day, team
