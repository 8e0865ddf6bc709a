-- Every pod-day of every container in the lookback, grouped by container (consecutive rows) and oldest first, so a
-- container's history can be judged as soon as the next one starts. Unmounted volumes are no container.
SELECT cluster, namespace, controller_kind, controller_name, container, charge_day, team,
       cpu_core_usage_average, cpu_core_request_average, ram_bytes_usage_average, ram_bytes_request_average,
       network_receive_bytes + network_transfer_bytes AS network_bytes, cpu_cost, ram_cost
FROM allocation
WHERE run_id = :runId AND charge_day >= :start AND charge_day < :end
  AND container <> '' AND namespace <> '__unmounted__'
ORDER BY cluster, namespace, controller_kind, controller_name, container, charge_day, pod
