package io.kubeledger.ingest;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.kubeledger.config.KubeledgerProperties.Workspace;
import io.kubeledger.run.DayRange;
import io.kubeledger.run.IndependentTasks;
import io.kubeledger.source.ArmSource;
import io.kubeledger.source.LogAnalyticsSource;
import io.kubeledger.source.LogQuery;
import io.kubeledger.source.TablePlans;

/**
 * Asks every configured workspace for its table plans and the three named queries, keeps
 * the rows of the run's window, prices them by the plan of their table and keeps them for
 * the later steps ({@link IngestedTables}, {@link ContainerLogSums}),
 * {@code kubeledger.threads} workspaces at a time. Answers are per day and workspace,
 * small enough to hold a few at a time.
 */
public class LogIngestionTasklet implements Tasklet {

    public static final String CONTAINER_LOG_TABLE = "ContainerLogV2";

    private final List<Workspace> workspaces;

    private final LogAnalyticsSource logs;

    private final ArmSource arm;

    private final LogPrices prices;

    private final IngestedTables tables;

    private final ContainerLogSums containerLogSums;

    private final DayRange window;

    private final QuarantineWriter quarantine;

    private final IndependentTasks threads;

    public LogIngestionTasklet(List<Workspace> workspaces, LogAnalyticsSource logs, ArmSource arm, LogPrices prices,
            IngestedTables tables, ContainerLogSums containerLogSums, DayRange window, QuarantineWriter quarantine,
            IndependentTasks threads) {
        this.workspaces = workspaces;
        this.logs = logs;
        this.arm = arm;
        this.prices = prices;
        this.tables = tables;
        this.containerLogSums = containerLogSums;
        this.window = window;
        this.quarantine = quarantine;
        this.threads = threads;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        AtomicLong rows = new AtomicLong();
        // Workspaces are independent of each other, and their queries wait on Log
        // Analytics: they run side by side,
        // each holding its bad rows until they go to the quarantine file in the
        // workspaces' order.
        List<HeldQuarantine> held = workspaces.stream().map(workspace -> new HeldQuarantine()).toList();
        try {
            threads.run("logs", IntStream.range(0, workspaces.size())
                .<Runnable>mapToObj(
                        i -> () -> rows.addAndGet(ingest(new LogResultReader(window, held.get(i)), workspaces.get(i))))
                .toList());
        }
        finally {
            held.forEach(workspace -> workspace.writeTo(quarantine));
            quarantine.close();
        }
        contribution.incrementWriteCount(rows.get());
        contribution.incrementReadSkipCount(quarantine.count());
        LogIngestionCounts.RESULT.put(contribution.getStepExecution().getExecutionContext(),
                new LogIngestionCounts(rows.get(), quarantine.count()));
        return RepeatStatus.FINISHED;
    }

    /** Reads, prices and keeps one workspace's answers; returns the rows kept. */
    private long ingest(LogResultReader reader, Workspace workspace) {
        TablePlans plans = arm.tablePlans(workspace.resourceId());
        List<TableIngestion> usage = read(reader, workspace, LogQuery.USAGE, TableIngestion.CONTRACT,
                TableIngestion::from);
        String containerLogPlan = plans.planOf(CONTAINER_LOG_TABLE);
        List<ContainerLogIngestion> containerLogs = read(reader, workspace, LogQuery.CONTAINER_LOGS,
                ContainerLogIngestion.CONTRACT, ContainerLogIngestion::from);
        containerLogSums.add(workspace, containerLogs.stream()
            .map(row -> new Priced<>(row, containerLogPlan,
                    prices.costOfBytes(row.billableBytes(), containerLogPlan, CONTAINER_LOG_TABLE, workspace.id())))
            .toList());
        List<TableQueryCount> queries = read(reader, workspace, LogQuery.TABLE_QUERIES, TableQueryCount.CONTRACT,
                TableQueryCount::from);
        tables.add(workspace, usage.stream().map(row -> {
            String plan = plans.planOf(row.table());
            return new Priced<>(row, plan, prices.costOfGb(row.billableGb(), plan, row.table(), workspace.id()));
        }).toList(), queries);
        return usage.size() + containerLogs.size() + queries.size();
    }

    private <T extends QueryRow> List<T> read(LogResultReader reader, Workspace workspace, LogQuery query,
            List<String> contract, LogResultReader.RowMapper<T> mapper) {
        return reader.read(logs.query(workspace.id(), query, window), workspace.id(), query,
                logs.describe(workspace.id(), query), contract, mapper);
    }

}
