-- The chargeback lines of the month through the report date, from the lake's Parquet parts ({files}), by the names the
-- report queries use (a line of no namespace, monitoring or idle, has the empty one, as the working tables had); the
-- cost charged is the lake's column of the bill's charged cost ({costColumn}: billing.cost-column). A correction of an
-- earlier period is charged on the month's first day (charge_day), and its ChargePeriod is the days it corrects.
-- list_cost is the charge at the price list (ListCost), on which a billed month and an estimated one are compared.
CREATE VIEW chargeback_month AS
SELECT x_Team AS team, x_CostCenter AS cost_center, x_TeamRegistered AS team_registered, x_Cluster AS cluster,
       COALESCE(x_Namespace, '') AS namespace, x_CostKind AS cost_kind, x_Allocation AS allocation_method,
       x_CostBucket AS cost_bucket, x_CostStatus AS cost_status, {costColumn} AS cost, ListCost AS list_cost,
       CAST(CASE WHEN x_CostKind = 'correction' THEN BillingPeriodStart ELSE ChargePeriodStart END AS DATE) AS charge_day,
       -- The line a report lists it on: its namespace, or a line of its cluster for what no namespace causes (the one
       -- place these pseudo-namespaces are named; the PDFs name them by what they are).
       CASE WHEN x_CostKind IN ('monitoring', 'idle', 'correction') THEN '(' || x_CostKind || ')'
            ELSE COALESCE(x_Namespace, '') END AS report_namespace,
       -- What a team pays for (report.CostCategory): a shared namespace's workload, logs and metrics apart from its
       -- own; a namespace's own metrics with the monitoring.
       CASE WHEN x_CostKind IN ('workload', 'container-logs', 'metrics') AND x_Allocation = 'shared' THEN 'shared'
            WHEN x_CostKind = 'metrics' THEN 'monitoring'
            ELSE x_CostKind END AS category,
       ResourceName AS resource,
       -- Log Analytics apart from the rest of the monitoring (Managed Prometheus, Grafana, ...).
       ResourceType = 'Microsoft.OperationalInsights/workspaces' AS log_analytics,
       CAST(ChargePeriodStart AS DATE) AS charged_from,
       CAST(ChargePeriodEnd AS DATE) - 1 AS charged_through
FROM read_parquet({files})
