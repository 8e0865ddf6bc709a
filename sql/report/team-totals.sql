-- Each team's cost of last month through the day the report compares with (its like-for-like period's last day): all of
-- it, or (the first and last parameters false) on OpenCost's allocation alone, at the price list (ListCost: logs at
-- their priced ingestion, idle cost and corrections left out), where one month is billed and the other an estimate.
SELECT team, SUM(CASE WHEN ? THEN cost ELSE list_cost END) AS cost
FROM chargeback_month
WHERE charge_day <= ? AND (? OR cost_kind NOT IN ('idle', 'correction'))
GROUP BY team
ORDER BY cost DESC, team
