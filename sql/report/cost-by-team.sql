-- Each team's month by what it pays for (the view's category: what it runs, its part of shared namespaces, of
-- monitoring, of its clusters' idle cost and of the corrections of earlier periods on the month's bill), one row a
-- team and category, the costliest team first; with the team's cost, and its cost at the price list (allocation), on
-- which a billed month and an estimated one are compared.
SELECT team, cost_center, team_registered, category, SUM(cost) AS amount,
       SUM(SUM(cost)) OVER (PARTITION BY team, cost_center, team_registered) AS cost,
       SUM(SUM(list_cost)) OVER (PARTITION BY team, cost_center, team_registered) AS allocation
FROM chargeback_month
GROUP BY team, cost_center, team_registered, category
ORDER BY cost DESC, team, category
