package io.kubeledger.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;

import io.kubeledger.SqlFiles;
import io.kubeledger.report.MonthlyReport.LastMonth;
import io.kubeledger.report.MonthlyReport.TeamCost;

/**
 * Each month's totals per team as its latest report showed them, kept in the job's database across runs: next
 * month's reports compare with them.
 */
public class MonthlyTotals {

    private final NamedParameterJdbcTemplate jdbc;
    private final String delete = SqlFiles.load("report/delete-monthly-totals.sql");
    private final String insert = SqlFiles.load("report/insert-monthly-total.sql");
    private final String select = SqlFiles.load("report/monthly-totals.sql");

    public MonthlyTotals(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the month's totals with these. */
    public void save(YearMonth month, LocalDate through, List<TeamCost> teams) {
        jdbc.update(delete, Map.of("month", month.toString()));
        jdbc.batchUpdate(insert, teams.stream().map(t -> (SqlParameterSource) new MapSqlParameterSource()
                .addValue("month", month.toString())
                .addValue("team", t.team())
                .addValue("through", through)
                .addValue("cost", t.cost())).toArray(SqlParameterSource[]::new));
    }

    /** The month's totals, or null when no report of that month was made. */
    public LastMonth find(YearMonth month) {
        Map<String, BigDecimal> byTeam = new LinkedHashMap<>();
        LocalDate[] through = {null};
        jdbc.query(select, Map.of("month", month.toString()), rs -> {
            byTeam.put(rs.getString("team"), rs.getBigDecimal("cost"));
            through[0] = rs.getObject("through_date", LocalDate.class);
        });
        return byTeam.isEmpty() ? null : new LastMonth(month, through[0], byTeam);
    }
}
