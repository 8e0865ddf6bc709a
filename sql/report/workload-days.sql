-- The cluster-days with a workload line, the days an OpenCost export had rows of: the coverage of a run recorded
-- before it counted the rows read of each day.
SELECT cluster, charge_day, count(*) AS lines
FROM chargeback_month
WHERE cost_kind = 'workload'
GROUP BY cluster, charge_day
ORDER BY cluster, charge_day
