-- A month's cost as its latest run charged it: one bar of the reports' trend.
SELECT COALESCE(SUM(cost), 0) AS cost
FROM chargeback_month
