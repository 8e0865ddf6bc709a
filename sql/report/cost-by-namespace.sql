-- Monitoring, idle cost and corrections of earlier periods come from no namespace: each is listed as its own line of
-- each cluster. allocation: the cost at the price list, as cost-by-team.sql.
SELECT cluster, CASE WHEN cost_kind IN ('monitoring', 'idle', 'correction') THEN '(' || cost_kind || ')' ELSE namespace END AS namespace,
       team, SUM(cost) AS cost, SUM(list_cost) AS allocation
FROM chargeback_month
GROUP BY cluster, CASE WHEN cost_kind IN ('monitoring', 'idle', 'correction') THEN '(' || cost_kind || ')' ELSE namespace END, team
ORDER BY cluster, cost DESC, namespace, team
