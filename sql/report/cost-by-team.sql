-- Each team's month: what it runs (workload, container logs), its part of shared namespaces, of monitoring, and of
-- its clusters' idle cost (the bill beyond what OpenCost allocated) and of the corrections of earlier periods on the
-- month's bill; its cost at the price list (allocation), on which a billed month and an estimated one are compared.
SELECT team, cost_center, team_registered,
       SUM(CASE WHEN cost_kind = 'workload' AND allocation_method <> 'shared' THEN cost ELSE 0 END) AS workload,
       SUM(CASE WHEN cost_kind = 'container-logs' AND allocation_method <> 'shared' THEN cost ELSE 0 END) AS container_logs,
       SUM(CASE WHEN cost_kind IN ('workload', 'container-logs') AND allocation_method = 'shared' THEN cost ELSE 0 END)
           AS shared,
       SUM(CASE WHEN cost_kind = 'monitoring' THEN cost ELSE 0 END) AS monitoring,
       SUM(CASE WHEN cost_kind = 'idle' THEN cost ELSE 0 END) AS idle,
       SUM(CASE WHEN cost_kind = 'correction' THEN cost ELSE 0 END) AS corrections,
       SUM(cost) AS cost,
       SUM(list_cost) AS allocation
FROM chargeback_month
GROUP BY team, cost_center, team_registered
ORDER BY cost DESC, team
