-- How much of what each team's containers request they use, per namespace of each cluster, over the rightsizing's
-- lookback ({files}: the report date's rightsizing parts): the averages' sums over the containers that request any.
SELECT team, cluster, namespace,
       SUM(cpu_usage_avg_cores) FILTER (WHERE cpu_request_cores > 0) AS cpu_used,
       SUM(cpu_request_cores) AS cpu_requested,
       SUM(ram_usage_avg_bytes) FILTER (WHERE ram_request_bytes > 0) AS ram_used,
       SUM(ram_request_bytes) AS ram_requested
FROM read_parquet({files})
GROUP BY ALL
ORDER BY team, cluster, namespace
