INSERT INTO allocation (
    run_id, charge_day, cluster, namespace, controller_kind, controller_name, pod, container,
    cpu_core_usage_average, cpu_core_request_average, ram_bytes_usage_average, ram_bytes_request_average,
    network_receive_bytes, network_transfer_bytes, cpu_cost, ram_cost, total_cost,
    team, cost_center, allocation_method, team_registered)
VALUES (
    :runId, :day, :cluster, :namespace, :controllerKind, :controllerName, :pod, :container,
    :cpuCoreUsageAverage, :cpuCoreRequestAverage, :ramBytesUsageAverage, :ramBytesRequestAverage,
    :networkReceiveBytes, :networkTransferBytes, :cpuCost, :ramCost, :totalCost,
    :team, :costCenter, :allocationMethod, :teamRegistered)
