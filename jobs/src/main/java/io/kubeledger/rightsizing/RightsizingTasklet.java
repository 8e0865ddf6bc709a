package io.kubeledger.rightsizing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.kubeledger.RunWindow;

/**
 * Judges every container of the containers' lookback and every workspace table of the table plans' lookback, and
 * keeps the recommendations for the lake and the reports.
 */
public class RightsizingTasklet implements Tasklet {

    /** Containers seen in the lookback, and those seen too little or not lately to be judged. */
    public static final String CONTAINERS_SEEN = "rightsizing.containersSeen";
    public static final String CONTAINERS_NOT_JUDGED = "rightsizing.containersNotJudged";
    private static final int BATCH_SIZE = 1000;

    private final RecommendationRepository repository;
    private final ContainerRightsizer rightsizer;
    private final TablePlanAdvisor advisor;
    private final RightsizingProperties thresholds;
    private final RunWindow window;
    private final long runId;

    public RightsizingTasklet(RecommendationRepository repository, ContainerRightsizer rightsizer,
            TablePlanAdvisor advisor, RightsizingProperties thresholds, RunWindow window, long runId) {
        this.repository = repository;
        this.rightsizer = rightsizer;
        this.advisor = advisor;
        this.thresholds = thresholds;
        this.window = window;
        this.runId = runId;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        List<ContainerRecommendation> batch = new ArrayList<>();
        long[] seen = {0};
        long[] notJudged = {0};
        repository.forEachContainer(runId, window.lookback(thresholds.containers().lookbackDays()),
                (key, team, samples) -> {
                    seen[0]++;
                    rightsizer.recommend(key, team, samples).ifPresentOrElse(batch::add, () -> notJudged[0]++);
                    if (batch.size() == BATCH_SIZE) {
                        repository.insertContainers(runId, batch);
                        batch.clear();
                    }
                });
        repository.insertContainers(runId, batch);
        List<TablePlanRecommendation> tables = repository
                .tableUsage(runId, window.lookback(thresholds.logTables().lookbackDays())).stream()
                .map(advisor::advise).toList();
        repository.insertTables(runId, tables);
        contribution.incrementWriteCount(seen[0] - notJudged[0] + tables.size());
        ExecutionContext context = contribution.getStepExecution().getExecutionContext();
        context.putLong(CONTAINERS_SEEN, seen[0]);
        context.putLong(CONTAINERS_NOT_JUDGED, notJudged[0]);
        return RepeatStatus.FINISHED;
    }
}
