package io.kubeledger.rightsizing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import io.kubeledger.run.DayRange;
import io.kubeledger.run.SqlFiles;

/**
 * Reads the rightsizing's inputs from the run's working rows and keeps its recommendations: the table plans' there,
 * the containers' in memory, by run (tens of thousands of rows for 40 clusters, whose inserts and reads through the
 * working database were a twentieth of the run; a run is one process, and its recommendations are a fraction of a MB
 * per cluster).
 */
public class RecommendationRepository {

    /** Biggest saving first; ties by container, so that every run lists them alike. */
    public static final Comparator<ContainerRecommendation> BIGGEST_SAVING_FIRST =
            Comparator.comparing(ContainerRecommendation::monthlySavings, Comparator.reverseOrder())
                    .thenComparing(r -> r.key().cluster())
                    .thenComparing(r -> r.key().namespace())
                    .thenComparing(r -> r.key().controllerKind())
                    .thenComparing(r -> r.key().controller())
                    .thenComparing(r -> r.key().container());

    private final NamedParameterJdbcTemplate jdbc;
    private final Map<Long, Queue<ContainerRecommendation>> containers = new ConcurrentHashMap<>();
    private final String tableUsage = SqlFiles.load("rightsizing/table-usage.sql");
    private final String tableQueries = SqlFiles.load("rightsizing/table-queries.sql");
    private final String insertTable = SqlFiles.load("rightsizing/insert-table-plan-recommendation.sql");
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

    /** Keeps a cluster's container recommendations; the clusters' partitions add theirs concurrently. */
    public void insertContainers(long runId, List<ContainerRecommendation> recommendations) {
        containers.computeIfAbsent(runId, run -> new ConcurrentLinkedQueue<>()).addAll(recommendations);
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
                .addValue("chargedMonthlyChange", r.chargedMonthlyChange())
                .addValue("reason", r.reason())).toArray(SqlParameterSource[]::new));
    }

    /** The run's container recommendations, biggest saving first. */
    public List<ContainerRecommendation> containers(long runId) {
        List<ContainerRecommendation> recommendations = new ArrayList<>(containers.getOrDefault(runId,
                new ConcurrentLinkedQueue<>()));
        recommendations.sort(BIGGEST_SAVING_FIRST);
        return recommendations;
    }

    /** The run's table plan recommendations, biggest saving first. */
    public List<TablePlanRecommendation> tables(long runId) {
        return jdbc.query(tableRecommendations, Map.of("runId", runId), (rs, n) -> new TablePlanRecommendation(
                new TableUsage(rs.getString("workspace_resource_id"), rs.getString("table_name"), rs.getString("plan"),
                        rs.getBigDecimal("billable_gb"), rs.getBigDecimal("cost"),
                        rs.getObject("queries") == null ? null : rs.getLong("queries"),
                        rs.getBigDecimal("scanned_gb")),
                rs.getBigDecimal("query_cost"), rs.getString("recommended_plan"), rs.getBigDecimal("monthly_savings"),
                rs.getBigDecimal("charged_monthly_change"), rs.getString("reason")));
    }

    private static Map<String, Object> range(long runId, DayRange days) {
        return Map.of("runId", runId, "start", days.start(), "end", days.end());
    }
}
