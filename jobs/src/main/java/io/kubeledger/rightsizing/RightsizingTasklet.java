package io.kubeledger.rightsizing;

import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.kubeledger.run.DayRange;

/**
 * Judges every workspace table over the table plans' lookback and keeps the recommendations for the lake and the
 * reports. (Containers are judged as each cluster's export is read, in the {@code allocationStep}.)
 */
public class RightsizingTasklet implements Tasklet {

    private final RecommendationRepository repository;
    private final TablePlanAdvisor advisor;
    private final DayRange lookback;
    private final long runId;

    public RightsizingTasklet(RecommendationRepository repository, TablePlanAdvisor advisor, DayRange lookback,
            long runId) {
        this.repository = repository;
        this.advisor = advisor;
        this.lookback = lookback;
        this.runId = runId;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<TablePlanRecommendation> tables = repository.tableUsage(runId, lookback).stream()
                .map(advisor::advise).toList();
        repository.insertTables(runId, tables);
        contribution.incrementWriteCount(tables.size());
        return RepeatStatus.FINISHED;
    }
}
