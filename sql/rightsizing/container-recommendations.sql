-- The run's container recommendations, biggest saving first, for the lake and the reports.
SELECT cluster, namespace, controller_kind, controller_name, container, team, days_observed,
       cpu_request_cores, cpu_usage_avg_cores, cpu_usage_peak_daily_cores, cpu_recommended_cores,
       ram_request_bytes, ram_usage_avg_bytes, ram_usage_peak_daily_bytes, ram_recommended_bytes,
       monthly_savings, action, reason
FROM container_recommendation
WHERE run_id = :runId
ORDER BY monthly_savings DESC, cluster, namespace, controller_kind, controller_name, container
