-- Monitoring, idle cost and corrections of earlier periods come from no namespace: each is listed as its own line of
-- each cluster. allocation: the cost at the price list, as cost-by-team.sql.
SELECT cluster, report_namespace AS namespace,
       team, SUM(cost) AS cost, SUM(list_cost) AS allocation
FROM chargeback_month
GROUP BY cluster, report_namespace, team
ORDER BY cluster, cost DESC, namespace, team
