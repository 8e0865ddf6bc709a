-- The part of the month's charge on days reconciled with the Azure bill (the rest are estimates).
SELECT COALESCE(SUM(cost), 0) AS billed
FROM chargeback_month
WHERE cost_status = 'billed'
