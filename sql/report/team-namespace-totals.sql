-- Each team's cost per namespace of each cluster, last month through the day the report compares with, named as
-- cost-by-namespace.sql names it: the base of the team × namespace changes (a namespace whose owner changed shows on
-- both teams); all of it, or on OpenCost's allocation alone as team-totals.sql.
SELECT team, cluster, report_namespace AS namespace,
       SUM(CASE WHEN ? THEN cost ELSE list_cost END) AS cost
FROM chargeback_month
WHERE charge_day <= ? AND (? OR cost_kind NOT IN ('idle', 'correction'))
GROUP BY ALL
ORDER BY team, cluster, namespace
