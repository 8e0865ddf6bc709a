-- What each team pays for the container logs of its own namespaces, per workspace, and what every team pays for that
-- workspace's container logs: the statements' log lever (its share of the table's GB and of a plan change's saving).
SELECT team, resource AS workspace, SUM(cost) FILTER (WHERE allocation_method <> 'shared') AS own,
       SUM(SUM(cost)) OVER (PARTITION BY resource) AS workspace_total
FROM chargeback_month
WHERE cost_kind = 'container-logs'
GROUP BY team, resource
ORDER BY team, workspace
