package io.kubeledger.rightsizing;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import io.kubeledger.DayRange;
import io.kubeledger.SqlFiles;

/** Reads the rightsizing's inputs from the run's working rows and keeps its recommendations there. */
public class RecommendationRepository {

    private final NamedParameterJdbcTemplate jdbc;
    private final String tableUsage = SqlFiles.load("rightsizing/table-usage.sql");
    private final String tableQueries = SqlFiles.load("rightsizing/table-queries.sql");
    private final String insertContainer = SqlFiles.load("rightsizing/insert-container-recommendation.sql");
    private final String insertTable = SqlFiles.load("rightsizing/insert-table-plan-recommendation.sql");
    private final String containerRecommendations = SqlFiles.load("rightsizing/container-recommendations.sql");
    private final String tableRecommendations = SqlFiles.load("rightsizing/table-plan-recommendations.sql");

    public RecommendationRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every workspace table's usage over the days; queries stay unknown in a workspace that audits none. */
    public List<TableUsage> tableUsage(long runId, DayRange days) {
        Map<String, Object[]> queriesByTable = new HashMap<>();
        Set<String> auditedWorkspaces = new HashSet<>();
        jdbc.query(tableQueries, range(runId, days), rs -> {
            String workspace = rs.getString("workspace_id").toLowerCase(Locale.ROOT);
            auditedWorkspaces.add(workspace);
            queriesByTable.put(workspace + "|" + rs.getString("table_name"),
                    new Object[] {rs.getLong("queries"), rs.getBigDecimal("scanned_gb")});
        });
        return jdbc.query(tableUsage, range(runId, days), (rs, n) -> {
            String workspace = rs.getString("workspace_id").toLowerCase(Locale.ROOT);
            Long queries = null;
            BigDecimal scanned = null;
            if (auditedWorkspaces.contains(workspace)) {
                Object[] found = queriesByTable.getOrDefault(workspace + "|" + rs.getString("table_name"),
                        new Object[] {0L, BigDecimal.ZERO});
                queries = (Long) found[0];
                scanned = (BigDecimal) found[1];
            }
            return new TableUsage(rs.getString("workspace_resource_id"), rs.getString("table_name"),
                    rs.getString("plan"), rs.getBigDecimal("billable_gb"), rs.getBigDecimal("cost"), queries, scanned);
        });
    }

    public void insertContainers(long runId, List<ContainerRecommendation> recommendations) {
        jdbc.batchUpdate(insertContainer, recommendations.stream().map(r -> (SqlParameterSource) new MapSqlParameterSource()
                .addValue("runId", runId)
                .addValue("cluster", r.key().cluster())
                .addValue("namespace", r.key().namespace())
                .addValue("controllerKind", r.key().controllerKind())
                .addValue("controllerName", r.key().controller())
                .addValue("container", r.key().container())
                .addValue("team", r.team())
                .addValue("daysObserved", r.daysObserved())
                .addValue("cpuRequestCores", r.cpuRequestCores())
                .addValue("cpuUsageAvgCores", r.cpuUsageAvgCores())
                .addValue("cpuUsagePeakDailyCores", r.cpuUsagePeakDailyCores())
                .addValue("cpuRecommendedCores", r.cpuRecommendedCores())
                .addValue("ramRequestBytes", r.ramRequestBytes())
                .addValue("ramUsageAvgBytes", r.ramUsageAvgBytes())
                .addValue("ramUsagePeakDailyBytes", r.ramUsagePeakDailyBytes())
                .addValue("ramRecommendedBytes", r.ramRecommendedBytes())
                .addValue("monthlySavings", r.monthlySavings())
                .addValue("action", r.action().value())
                .addValue("reason", r.reason())).toArray(SqlParameterSource[]::new));
    }

    public void insertTables(long runId, List<TablePlanRecommendation> recommendations) {
        jdbc.batchUpdate(insertTable, recommendations.stream().map(r -> (SqlParameterSource) new MapSqlParameterSource()
                .addValue("runId", runId)
                .addValue("workspaceResourceId", r.usage().workspaceResourceId())
                .addValue("table", r.usage().table())
                .addValue("plan", r.usage().plan())
                .addValue("billableGb", r.usage().billableGb())
                .addValue("cost", r.usage().cost())
                .addValue("queries", r.usage().queries())
                .addValue("scannedGb", r.usage().scannedGb())
                .addValue("queryCost", r.queryCost())
                .addValue("recommendedPlan", r.recommendedPlan())
                .addValue("monthlySavings", r.monthlySavings())
                .addValue("reason", r.reason())).toArray(SqlParameterSource[]::new));
    }

    /** The run's container recommendations, biggest saving first. */
    public List<ContainerRecommendation> containers(long runId) {
        return jdbc.query(containerRecommendations, Map.of("runId", runId), (rs, n) -> new ContainerRecommendation(
                new ContainerKey(rs.getString("cluster"), rs.getString("namespace"), rs.getString("controller_kind"),
                        rs.getString("controller_name"), rs.getString("container")),
                rs.getString("team"), rs.getInt("days_observed"), rs.getDouble("cpu_request_cores"),
                rs.getDouble("cpu_usage_avg_cores"), rs.getDouble("cpu_usage_peak_daily_cores"),
                rs.getDouble("cpu_recommended_cores"), rs.getDouble("ram_request_bytes"),
                rs.getDouble("ram_usage_avg_bytes"), rs.getDouble("ram_usage_peak_daily_bytes"),
                rs.getDouble("ram_recommended_bytes"), rs.getBigDecimal("monthly_savings"),
                RequestAction.valueOf(rs.getString("action").toUpperCase(Locale.ROOT)), rs.getString("reason")));
    }

    /** The run's table plan recommendations, biggest saving first. */
    public List<TablePlanRecommendation> tables(long runId) {
        return jdbc.query(tableRecommendations, Map.of("runId", runId), (rs, n) -> new TablePlanRecommendation(
                new TableUsage(rs.getString("workspace_resource_id"), rs.getString("table_name"), rs.getString("plan"),
                        rs.getBigDecimal("billable_gb"), rs.getBigDecimal("cost"),
                        rs.getObject("queries") == null ? null : rs.getLong("queries"),
                        rs.getBigDecimal("scanned_gb")),
                rs.getBigDecimal("query_cost"), rs.getString("recommended_plan"), rs.getBigDecimal("monthly_savings"),
                rs.getString("reason")));
    }

    private static Map<String, Object> range(long runId, DayRange days) {
        return Map.of("runId", runId, "start", days.start(), "end", days.end());
    }
}
