-- Every team's cost by cluster, namespace, kind and allocation: the rows of the team statements.
SELECT team, cluster, namespace, cost_kind, allocation_method, SUM(cost) AS cost
FROM chargeback_month
GROUP BY team, cluster, namespace, cost_kind, allocation_method
ORDER BY team, cost DESC, cluster, namespace
