package io.kubeledger;

import java.util.Arrays;
import java.util.Map;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import io.kubeledger.run.SqlFiles;

/**
 * Deletes the run's working rows when it ends, however it ends: they are scratch, the outputs are the result. The
 * shards of a fleet may share the database, so only the run's own rows go.
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
        Map<String, Long> run = Map.of("runId", jobExecution.getId());
        Arrays.stream(statements).filter(sql -> !sql.isBlank()).forEach(sql -> jdbc.update(sql, run));
    }
}
