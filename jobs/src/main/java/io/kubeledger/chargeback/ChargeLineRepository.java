package io.kubeledger.chargeback;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import io.kubeledger.SqlFiles;

/** The chargeback's working rows: each cluster's workload sums, and the month's sums the reports read. */
public class ChargeLineRepository {

    private final NamedParameterJdbcTemplate jdbc;
    private final String insertWorkload = SqlFiles.load("chargeback/insert-workload-cost.sql");
    private final String insertMonth = SqlFiles.load("chargeback/insert-month.sql");
    private final String insertTeamDay = SqlFiles.load("chargeback/insert-team-day.sql");

    public ChargeLineRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Keeps the month's sums for the reports. */
    void insertMonth(long runId, MonthSums month) {
        jdbc.batchUpdate(insertMonth, month.byOwner().entrySet().stream().map(sum -> new MapSqlParameterSource()
                .addValue("runId", runId)
                .addValue("cluster", sum.getKey().cluster())
                .addValue("namespace", sum.getKey().namespace())
                .addValue("team", sum.getKey().owner().team())
                .addValue("costCenter", sum.getKey().owner().costCenter())
                .addValue("costKind", sum.getKey().kind().value())
                .addValue("allocationMethod", sum.getKey().owner().allocation().value())
                .addValue("teamRegistered", sum.getKey().owner().registered())
                .addValue("cost", sum.getValue())).toArray(SqlParameterSource[]::new));
        jdbc.batchUpdate(insertTeamDay, month.byTeamDay().entrySet().stream().map(sum -> new MapSqlParameterSource()
                .addValue("runId", runId)
                .addValue("day", sum.getKey().day())
                .addValue("team", sum.getKey().team())
                .addValue("cost", sum.getValue())).toArray(SqlParameterSource[]::new));
    }

    /** Keeps a cluster's workload sums for the chargeback step. */
    public void insertWorkload(long runId, List<ChargeLine> workload) {
        jdbc.batchUpdate(insertWorkload,
                workload.stream().map(line -> parameters(runId, line)).toArray(SqlParameterSource[]::new));
    }

    /** Maps a row with a chargeback line's columns (charge_day, cluster, …, cost, source_rows). */
    public static ChargeLine map(ResultSet rs) throws SQLException {
        return new ChargeLine(rs.getObject("charge_day", LocalDate.class), rs.getString("cluster"),
                rs.getString("namespace"), rs.getString("team"), rs.getString("cost_center"),
                CostKind.of(rs.getString("cost_kind")), AllocationMethod.of(rs.getString("allocation_method")),
                rs.getBoolean("team_registered"), rs.getString("workspace_resource_id"), rs.getBigDecimal("cost"),
                rs.getLong("source_rows"));
    }

    private static SqlParameterSource parameters(long runId, ChargeLine line) {
        return new MapSqlParameterSource()
                .addValue("runId", runId)
                .addValue("day", line.day())
                .addValue("cluster", line.cluster())
                .addValue("namespace", line.namespace())
                .addValue("team", line.team())
                .addValue("costCenter", line.costCenter())
                .addValue("costKind", line.costKind().value())
                .addValue("allocationMethod", line.allocation().value())
                .addValue("teamRegistered", line.teamRegistered())
                .addValue("workspaceResourceId", line.workspaceResourceId())
                .addValue("cost", line.cost())
                .addValue("sourceRows", line.sourceRows());
    }
}
