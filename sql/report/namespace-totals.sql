-- Each namespace's cost of last month through the day the report compares with, named as cost-by-namespace.sql names
-- it (monitoring, idle and corrections as a line of their
-- cluster): the base of the namespaces' changes; all of it, or on OpenCost's allocation alone as team-totals.sql.
SELECT cluster, report_namespace AS namespace,
       SUM(CASE WHEN ? THEN cost ELSE list_cost END) AS cost
FROM chargeback_month
WHERE charge_day <= ? AND (? OR cost_kind NOT IN ('idle', 'correction'))
GROUP BY cluster, report_namespace
ORDER BY cluster, namespace
