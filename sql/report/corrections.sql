-- The corrections of earlier periods the month's bill carries, as charged: per cluster and bucket of its bill, or per
-- workspace, with the days they correct: the workbook's Invoice sheet lists them under the month's bill.
SELECT CASE WHEN cost_bucket IS NULL THEN resource ELSE cluster END AS billed_on,
       COALESCE(cost_bucket, 'log-analytics') AS cost_bucket, MIN(charged_from) AS corrected_from,
       MAX(charged_through) AS corrected_through, SUM(cost) AS amount
FROM chargeback_month
WHERE cost_kind = 'correction'
GROUP BY ALL
ORDER BY billed_on, cost_bucket
