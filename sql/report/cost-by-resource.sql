-- What each team's cost buys, per namespace of each cluster (monitoring and idle as a line of their cluster, as in
-- cost-by-namespace.sql): its workload by the bill's buckets (compute is CPU, memory and GPU together; other is what
-- TotalCost has beyond the named costs), its idle capacity, its Log Analytics (container logs and monitoring), its other monitoring (Managed Prometheus, Grafana, …), and corrections of earlier periods. They add up to the
-- team's cost.
SELECT team, cluster,
       report_namespace AS namespace,
       COALESCE(SUM(cost) FILTER (WHERE cost_kind = 'workload' AND cost_bucket = 'compute'), 0) AS compute,
       COALESCE(SUM(cost) FILTER (WHERE cost_kind = 'workload' AND cost_bucket = 'storage'), 0) AS storage,
       COALESCE(SUM(cost) FILTER (WHERE cost_kind = 'workload' AND cost_bucket = 'network'), 0) AS network,
       COALESCE(SUM(cost) FILTER (WHERE cost_kind = 'workload'
                                  AND (cost_bucket IS NULL OR cost_bucket NOT IN ('compute', 'storage', 'network'))),
                0) AS other,
       COALESCE(SUM(cost) FILTER (WHERE cost_kind = 'idle'), 0) AS idle,
       COALESCE(SUM(cost) FILTER (WHERE cost_kind IN ('container-logs', 'monitoring') AND log_analytics), 0) AS logs,
       COALESCE(SUM(cost) FILTER (WHERE cost_kind IN ('metrics', 'monitoring') AND NOT log_analytics), 0) AS monitoring,
       COALESCE(SUM(cost) FILTER (WHERE cost_kind = 'correction'), 0) AS corrections
FROM chargeback_month
GROUP BY ALL
ORDER BY team, cluster, namespace
