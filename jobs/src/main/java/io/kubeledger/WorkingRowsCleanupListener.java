package io.kubeledger;

import java.util.Arrays;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * Empties the working tables when the run ends, however it ends: they are scratch, the outputs are the result. A
 * database serves one run at a time.
 */
public class WorkingRowsCleanupListener implements JobExecutionListener {

    private final NamedParameterJdbcTemplate jdbc;
    private final String[] statements = SqlFiles.load("run/delete-working-rows.sql")
            .replaceAll("(?m)^--.*$", "").split(";");

    public WorkingRowsCleanupListener(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void afterJob(JobExecution jobExecution) {
        Arrays.stream(statements).filter(sql -> !sql.isBlank()).forEach(sql -> jdbc.update(sql, Map.of()));
    }
}
