INSERT INTO table_plan_recommendation (run_id, workspace_resource_id, table_name, plan, billable_gb, cost, queries,
                                       scanned_gb, query_cost, recommended_plan, monthly_savings,
                                       charged_monthly_change, reason)
VALUES (:runId, :workspaceResourceId, :table, :plan, :billableGb, :cost, :queries, :scannedGb, :queryCost,
        :recommendedPlan, :monthlySavings, :chargedMonthlyChange, :reason)
