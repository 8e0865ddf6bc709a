-- Each cluster's month: its cost, its idle cost, and over the days the bill covers, what the bill charged its
-- resources (workload and idle rows of a bucket) and what of it OpenCost allocated to containers.
SELECT cluster, SUM(cost) AS cost,
       SUM(CASE WHEN cost_kind = 'idle' THEN cost ELSE 0 END) AS idle,
       SUM(CASE WHEN cost_status = 'billed' AND cost_bucket IS NOT NULL THEN cost ELSE 0 END) AS billed,
       SUM(CASE WHEN cost_status = 'billed' AND cost_kind = 'workload' THEN cost ELSE 0 END) AS allocated
FROM chargeback_month
GROUP BY cluster
ORDER BY cost DESC, cluster
