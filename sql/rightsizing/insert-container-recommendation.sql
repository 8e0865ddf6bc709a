INSERT INTO container_recommendation (
    run_id, cluster, namespace, controller_kind, controller_name, container, team, days_observed,
    cpu_request_cores, cpu_usage_avg_cores, cpu_usage_peak_daily_cores, cpu_recommended_cores,
    ram_request_bytes, ram_usage_avg_bytes, ram_usage_peak_daily_bytes, ram_recommended_bytes,
    monthly_savings, action, reason)
VALUES (
    :runId, :cluster, :namespace, :controllerKind, :controllerName, :container, :team, :daysObserved,
    :cpuRequestCores, :cpuUsageAvgCores, :cpuUsagePeakDailyCores, :cpuRecommendedCores,
    :ramRequestBytes, :ramUsageAvgBytes, :ramUsagePeakDailyBytes, :ramRecommendedBytes,
    :monthlySavings, :action, :reason)
