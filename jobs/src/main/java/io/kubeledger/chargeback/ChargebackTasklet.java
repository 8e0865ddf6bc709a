package io.kubeledger.chargeback;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.kubeledger.ingest.ContainerLogCost;
import io.kubeledger.ingest.ContainerLogSums;
import io.kubeledger.ingest.IngestedTables;
import io.kubeledger.ingest.MonthBill;
import io.kubeledger.ingest.WorkspaceCost;
import io.kubeledger.run.IndependentTasks;
import io.kubeledger.run.RunWindow;

/**
 * Charges the run's window day by day: takes a day's workload sums
 * ({@link WorkloadSums}), container-log costs ({@link ContainerLogSums}) and monitoring
 * costs ({@link IngestedTables}), charges them with {@link DailyChargeback} and rounds
 * the lines ({@link DayRounding}), so that each reconciled unit of the day adds up to its
 * inputs rounded once. Where the bill's two cost columns differ on the day (reservations,
 * savings plans), the day is charged from the other column too, the same way, for the
 * lake's other cost column ({@link ChargedLine}). Each day's lines go to its lake file
 * ({@link ChargedDays}), which the reports read.
 */
public class ChargebackTasklet implements Tasklet {

    /** Fraction digits of every amount the lake and the reports carry. */
    public static final int COST_SCALE = 12;

    /** A total order of a day's lines, so that a rerun writes the same file. */
    static final Comparator<ChargeLine> LAKE_ORDER = ChargeLine.BY_CLUSTER_NAMESPACE_OWNER
        .thenComparing(line -> line.costKind().value())
        .thenComparing(ChargeLine::bucket, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(ChargeLine::workspaceResourceId, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final WorkloadSums workload;

    private final ContainerLogSums containerLogSums;

    private final IngestedTables ingestedTables;

    private final ChargedDays days;

    private final DailyChargeback chargeback;

    private final DailyChargeback otherColumn;

    private final MonthBill bill;

    private final ChargebackRun run;

    /** What the tasklet needs of the run. */
    public record ChargebackRun(RunWindow window, IndependentTasks threads) {
    }

    /**
     * @param chargeback the charge from the bill's charged cost column
     * @param otherColumn the same from its other cost column, for the days the two differ
     * on
     */
    public ChargebackTasklet(WorkloadSums workload, ContainerLogSums containerLogSums, IngestedTables ingestedTables,
            ChargedDays days, DailyChargeback chargeback, DailyChargeback otherColumn, MonthBill bill,
            ChargebackRun run) {
        this.workload = workload;
        this.containerLogSums = containerLogSums;
        this.ingestedTables = ingestedTables;
        this.days = days;
        this.chargeback = chargeback;
        this.otherColumn = otherColumn;
        this.bill = bill;
        this.run = run;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        days.begin(run.window().reportDate());
        AtomicLong lines = new AtomicLong();
        Map<String, BigDecimal> idleByCluster = new TreeMap<>();
        Map<String, SortedSet<LocalDate>> billedWithoutWorkload = new TreeMap<>();
        // Days are charged independently of each other, so every thread charges them, a
        // day at a time: a parallel
        // stream would hand each thread a few days up front, and leave one charging alone
        // at the end.
        LocalDate booking = run.window().start();
        MonthOwners owners = bill.hasCorrections()
                ? MonthOwners.of(run.window().days().stream().map(workload::day).toList()) : MonthOwners.NONE;
        run.threads().run("chargeback", run.window().days().stream().<Runnable>map(day -> () -> {
            DayInputs inputs = new DayInputs(day, workload.day(day), containerLogSums.day(day),
                    ingestedTables.monitoring(day));
            List<ChargeLine> workloadSums = inputs.workload();
            MonthOwners booked = day.equals(booking) ? owners : null;
            List<ChargeLine> charged = charge(chargeback, inputs, booked);
            boolean columnsAgree = bill.columnsAgree(day) && (booked == null || bill.correctionsAgree());
            PriceListCosts list = PriceListCosts.of(day, inputs.containerLogs(), inputs.monitoring(), bill);
            days.write(day, columnsAgree ? ChargedLine.alike(charged, list)
                    : ChargedLine.paired(charged, charge(otherColumn, inputs, booked), list));
            synchronized (idleByCluster) {
                charged.stream()
                    .filter(line -> line.costKind() == CostKind.IDLE)
                    .forEach(line -> idleByCluster.merge(line.cluster(), line.cost(), BigDecimal::add));
                billedWithoutWorkload(workloadSums, charged)
                    .forEach(cluster -> billedWithoutWorkload.computeIfAbsent(cluster, c -> new TreeSet<>()).add(day));
            }
            lines.addAndGet(charged.size());
        }).toList());
        workload.release();
        contribution.incrementWriteCount(lines.get());
        List<String> withoutWorkload = billedWithoutWorkload.entrySet()
            .stream()
            .map(cluster -> cluster.getKey() + ": " + stretch(cluster.getValue()))
            .toList();
        ChargebackResult.RESULT.put(contribution.getStepExecution().getExecutionContext(),
                new ChargebackResult(idleByCluster, withoutWorkload));
        return RepeatStatus.FINISHED;
    }

    private static String stretch(SortedSet<LocalDate> days) {
        return days.first() + (days.size() == 1 ? " (1 day)" : " to " + days.last() + " (" + days.size() + " days)");
    }

    /**
     * The clusters whose idle lines of the day came from a bill with no workload beside
     * it.
     */
    private static List<String> billedWithoutWorkload(List<ChargeLine> workloadSums, List<ChargeLine> charged) {
        Set<String> withWorkload = new HashSet<>();
        workloadSums.forEach(line -> withWorkload.add(line.cluster()));
        return charged.stream()
            .filter(line -> line.costKind() == CostKind.IDLE)
            .map(ChargeLine::cluster)
            .filter(cluster -> !withWorkload.contains(cluster))
            .distinct()
            .toList();
    }

    /**
     * What a day is charged from, taken once for both cost columns and the price list.
     */
    private record DayInputs(LocalDate day, List<ChargeLine> workload, List<ContainerLogCost> containerLogs,
            List<WorkspaceCost> monitoring) {
    }

    /**
     * The day's lines charged by one column of the bill, rounded, in the lake's order; on
     * the day the month's corrections of earlier periods are booked on ({@code owners}
     * not null), those too.
     */
    private List<ChargeLine> charge(DailyChargeback column, DayInputs inputs, MonthOwners owners) {
        List<ChargeLine> exact = new ArrayList<>(
                column.charge(inputs.day(), inputs.workload(), inputs.containerLogs(), inputs.monitoring()));
        if (owners != null) {
            exact.addAll(column.corrections(inputs.day(), owners));
        }
        List<ChargeLine> rounded = new ArrayList<>(DayRounding.rounded(exact, column.roundedPerCluster()));
        rounded.sort(LAKE_ORDER);
        return rounded;
    }

}
