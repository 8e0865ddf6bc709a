package io.kubeledger.chargeback;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import io.kubeledger.SqlFiles;

/**
 * Sums the run's allocations to the lake's grain (day × cluster × namespace × team) and stores the lines, rounded
 * per day with {@link CostRounding} so that each day's lines add up to the day's export total.
 */
public class ChargebackTasklet implements Tasklet {

    /** Fraction digits of every amount the lake and the reports carry. */
    public static final int COST_SCALE = 12;

    private final NamedParameterJdbcTemplate jdbc;
    private final ChargeLineRepository lines;
    private final long runId;
    private final String workloadByNamespace = SqlFiles.load("chargeback/workload-by-namespace.sql");

    public ChargebackTasklet(NamedParameterJdbcTemplate jdbc, ChargeLineRepository lines, long runId) {
        this.jdbc = jdbc;
        this.lines = lines;
        this.runId = runId;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<ChargeLine> day = new ArrayList<>();
        RowCallbackHandler collect = rs -> {
            ChargeLine line = ChargeLineRepository.map(rs);
            if (!day.isEmpty() && !day.get(0).day().equals(line.day())) {
                storeRounded(day, contribution);
            }
            day.add(line);
        };
        jdbc.query(workloadByNamespace, Map.of("runId", runId), collect);
        storeRounded(day, contribution);
        return RepeatStatus.FINISHED;
    }

    private void storeRounded(List<ChargeLine> day, StepContribution contribution) {
        List<BigDecimal> rounded = CostRounding.round(day.stream().map(ChargeLine::cost).toList(), COST_SCALE);
        List<ChargeLine> stored = new ArrayList<>(day.size());
        for (int i = 0; i < day.size(); i++) {
            stored.add(day.get(i).withCost(rounded.get(i)));
        }
        lines.insert(runId, stored);
        contribution.incrementWriteCount(stored.size());
        day.clear();
    }
}
