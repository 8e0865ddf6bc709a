package io.kubeledger.ingest;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import io.kubeledger.config.KubeledgerProperties.Workspace;
import io.kubeledger.run.SqlFiles;

/**
 * Stores the run's priced Log Analytics rows in the working database, for the chargeback, rightsizing and reports;
 * ContainerLogV2's per-namespace rows are summed in {@link ContainerLogSums} instead.
 */
public class LogIngestionRepository {

    /** A row with the plan of its table and its cost at that plan's price. */
    public record Priced<T>(T row, String plan, BigDecimal cost) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final String insertTableIngestion = SqlFiles.load("ingest/insert-table-ingestion.sql");
    private final String insertTableQueries = SqlFiles.load("ingest/insert-table-query-count.sql");

    public LogIngestionRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insertTableIngestion(long runId, Workspace workspace, List<Priced<TableIngestion>> rows) {
        batch(insertTableIngestion, rows, priced -> workspace(runId, workspace)
                .addValue("day", priced.row().day())
                .addValue("table", priced.row().table())
                .addValue("plan", priced.plan())
                .addValue("billableGb", priced.row().billableGb())
                .addValue("cost", priced.cost()));
    }

    public void insertTableQueries(long runId, Workspace workspace, List<TableQueryCount> rows) {
        batch(insertTableQueries, rows, row -> workspace(runId, workspace)
                .addValue("day", row.day())
                .addValue("table", row.table())
                .addValue("queries", row.queries())
                .addValue("scannedGb", row.scannedGb()));
    }

    private static MapSqlParameterSource workspace(long runId, Workspace workspace) {
        return new MapSqlParameterSource()
                .addValue("runId", runId)
                .addValue("workspaceId", workspace.id())
                .addValue("workspaceResourceId", workspace.resourceId());
    }

    private <T> void batch(String sql, List<T> rows, Function<T, SqlParameterSource> parameters) {
        jdbc.batchUpdate(sql, rows.stream().map(parameters).toArray(SqlParameterSource[]::new));
    }
}
