package io.kubeledger.chargeback;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import io.kubeledger.SqlFiles;

/** The chargeback's working rows: the month's sums the reports read. */
public class ChargeLineRepository {

    private final NamedParameterJdbcTemplate jdbc;
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
                .addValue("costBucket", sum.getKey().bucket() == null ? null : sum.getKey().bucket().value())
                .addValue("costStatus", sum.getKey().status().value())
                .addValue("cost", sum.getValue())).toArray(SqlParameterSource[]::new));
        jdbc.batchUpdate(insertTeamDay, month.byTeamDay().entrySet().stream().map(sum -> new MapSqlParameterSource()
                .addValue("runId", runId)
                .addValue("day", sum.getKey().day())
                .addValue("team", sum.getKey().team())
                .addValue("cost", sum.getValue())).toArray(SqlParameterSource[]::new));
    }
}
