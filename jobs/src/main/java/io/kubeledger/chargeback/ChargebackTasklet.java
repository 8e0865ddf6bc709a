package io.kubeledger.chargeback;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import io.kubeledger.IndependentTasks;
import io.kubeledger.RunWindow;
import io.kubeledger.SqlFiles;
import io.kubeledger.ingest.ContainerLogCost;
import io.kubeledger.ingest.ContainerLogSums;

/**
 * Charges the run's window day by day: takes a day's workload sums ({@link WorkloadSums}) and container-log costs
 * ({@link ContainerLogSums}) and reads its monitoring costs, charges them with {@link DailyChargeback} and rounds the
 * lines with {@link CostRounding}, so that each day's lines add up to the day's exact total (exports plus ingestion)
 * rounded once. Each day's lines go to its lake file ({@link ChargedDays}); the database keeps only the month's sums
 * for the reports.
 */
public class ChargebackTasklet implements Tasklet {

    /** Fraction digits of every amount the lake and the reports carry. */
    public static final int COST_SCALE = 12;

    /** A total order of a day's lines, so that a rerun writes the same file. */
    static final Comparator<ChargeLine> LAKE_ORDER = ChargeLine.BY_CLUSTER_NAMESPACE_OWNER
            .thenComparing(line -> line.costKind().value())
            .thenComparing(ChargeLine::workspaceResourceId, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final NamedParameterJdbcTemplate jdbc;
    private final ChargeLineRepository lines;
    private final WorkloadSums workload;
    private final ContainerLogSums containerLogSums;
    private final ChargedDays days;
    private final DailyChargeback chargeback;
    private final ChargebackRun run;
    private final String monitoringByDay = SqlFiles.load("chargeback/monitoring-by-day.sql");

    /** What the tasklet needs of the run. */
    public record ChargebackRun(RunWindow window, long runId, int threads) {
    }

    public ChargebackTasklet(NamedParameterJdbcTemplate jdbc, ChargeLineRepository lines, WorkloadSums workload,
            ContainerLogSums containerLogSums, ChargedDays days, DailyChargeback chargeback, ChargebackRun run) {
        this.jdbc = jdbc;
        this.lines = lines;
        this.workload = workload;
        this.containerLogSums = containerLogSums;
        this.days = days;
        this.chargeback = chargeback;
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        MonthSums month = new MonthSums();
        days.begin();
        AtomicLong lines = new AtomicLong();
        // Days are charged independently of each other, so every thread charges them, a day at a time: a parallel
        // stream handed each thread a few days up front, and one thread was left charging alone for half a second.
        IndependentTasks.run("chargeback", run.threads(), run.window().days().stream().<Runnable>map(day -> () -> {
            List<ChargeLine> charged = charge(day);
            days.write(day, charged);
            synchronized (month) {
                charged.forEach(month::add);
            }
            lines.addAndGet(charged.size());
        }).toList());
        workload.release();
        this.lines.insertMonth(run.runId(), month);
        contribution.incrementWriteCount(lines.get());
        return RepeatStatus.FINISHED;
    }

    /** The day's lines, rounded, in the lake's order. */
    private List<ChargeLine> charge(LocalDate day) {
        Map<String, Object> parameters = Map.of("runId", run.runId(), "day", day);
        List<ChargeLine> workloadSums = workload.day(day);
        List<ContainerLogCost> containerLogs = containerLogSums.day(day);
        List<WorkspaceCost> monitoring = jdbc.query(monitoringByDay, parameters,
                (rs, n) -> new WorkspaceCost(rs.getString("workspace_id"), rs.getString("workspace_resource_id"),
                        rs.getBigDecimal("cost"), rs.getLong("source_rows")));
        List<ChargeLine> rounded = new ArrayList<>(rounded(chargeback.charge(day, workloadSums, containerLogs,
                monitoring)));
        rounded.sort(LAKE_ORDER);
        return rounded;
    }

    private static List<ChargeLine> rounded(List<ChargeLine> exact) {
        List<BigDecimal> costs = CostRounding.round(exact.stream().map(ChargeLine::cost).toList(), COST_SCALE);
        List<ChargeLine> rounded = new ArrayList<>(exact.size());
        for (int i = 0; i < exact.size(); i++) {
            rounded.add(exact.get(i).withCost(costs.get(i)));
        }
        return rounded;
    }
}
