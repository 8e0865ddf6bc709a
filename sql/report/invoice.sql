-- The bill of each cluster and bucket over the days it covers, beside what OpenCost allocated to containers: the
-- workbook's Invoice sheet, to tick against the invoice (corrections of earlier periods apart: corrections.sql).
SELECT cluster, cost_bucket, SUM(cost) AS billed,
       SUM(CASE WHEN cost_kind = 'workload' THEN cost ELSE 0 END) AS allocated,
       SUM(CASE WHEN cost_kind = 'idle' THEN cost ELSE 0 END) AS idle
FROM chargeback_month
WHERE cost_status = 'billed' AND cost_bucket IS NOT NULL AND cost_kind <> 'correction'
GROUP BY cluster, cost_bucket
ORDER BY cluster, cost_bucket
