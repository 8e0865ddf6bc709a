package io.kubeledger.compliance;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import io.kubeledger.run.SqlFiles;

/** Keeps the run's compliance findings in the working database, for the lake and the reports. */
public class FindingRepository {

    private final NamedParameterJdbcTemplate jdbc;
    private final String insert = SqlFiles.load("compliance/insert-finding.sql");
    private final String select = SqlFiles.load("compliance/findings.sql");

    public FindingRepository(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long runId, List<Finding> findings) {
        jdbc.batchUpdate(insert, findings.stream().map(f -> (SqlParameterSource) new MapSqlParameterSource()
                .addValue("runId", runId)
                .addValue("cluster", f.cluster())
                .addValue("check", f.check())
                .addValue("status", f.status().name())
                .addValue("severity", f.severity().name())
                .addValue("detail", f.detail())).toArray(SqlParameterSource[]::new));
    }

    /** The run's findings in the order they were found: cluster by cluster, check by check. */
    public List<Finding> findings(long runId) {
        return jdbc.query(select, Map.of("runId", runId), (rs, n) -> new Finding(rs.getString("cluster"),
                rs.getString("check_id"), Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
                Severity.valueOf(rs.getString("severity")), rs.getString("detail")));
    }
}
