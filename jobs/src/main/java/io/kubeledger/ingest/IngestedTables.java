package io.kubeledger.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Predicate;

import io.kubeledger.config.KubeledgerProperties.Workspace;
import io.kubeledger.run.DayRange;

/**
 * The run's Log Analytics answers per workspace table and day: the priced ingestion of
 * every billable table (the Usage query, ContainerLogV2's included, for the table plans)
 * and the queries that named each table (LAQueryLogs). Job-scoped, like every hand-off of
 * a run's data between its steps: a few rows per table and day of each workspace.
 * ContainerLogV2's per-namespace answers are {@link ContainerLogSums}.
 */
public class IngestedTables {

    /**
     * A workspace table's ingestion over some days, at one plan: billable GB and their
     * cost at that plan.
     */
    public record TableSum(String workspaceId, String workspaceResourceId, String table, String plan,
            BigDecimal billableGb, BigDecimal cost) {

        TableSum plus(TableSum more) {
            return new TableSum(workspaceId, workspaceResourceId, table, plan, billableGb.add(more.billableGb),
                    cost.add(more.cost));
        }
    }

    /** The queries that named a table over some days, and the GB they scanned. */
    public record QuerySum(long queries, BigDecimal scannedGb) {

        QuerySum plus(QuerySum more) {
            return new QuerySum(queries + more.queries, scannedGb.add(more.scannedGb));
        }
    }

    private record Queried(String workspaceId, LocalDate day, String table, QuerySum sum) {
    }

    private static final Comparator<TableSum> BY_WORKSPACE_TABLE_PLAN = Comparator
        .comparing(TableSum::workspaceResourceId)
        .thenComparing(TableSum::table)
        .thenComparing(TableSum::plan);

    private final Map<LocalDate, Queue<TableSum>> ingestionByDay = new ConcurrentHashMap<>();

    private final Queue<Queried> queries = new ConcurrentLinkedQueue<>();

    /**
     * Keeps a workspace's priced ingestion and query counts; the workspaces' threads add
     * theirs concurrently.
     */
    void add(Workspace workspace, List<Priced<TableIngestion>> ingestion, List<TableQueryCount> queried) {
        for (Priced<TableIngestion> priced : ingestion) {
            TableIngestion row = priced.row();
            ingestionByDay.computeIfAbsent(row.day(), day -> new ConcurrentLinkedQueue<>())
                .add(new TableSum(workspace.id(), workspace.resourceId(), row.table(), priced.plan(), row.billableGb(),
                        priced.cost()));
        }
        for (TableQueryCount row : queried) {
            queries
                .add(new Queried(workspace.id(), row.day(), row.table(), new QuerySum(row.queries(), row.scannedGb())));
        }
    }

    /**
     * The day's monitoring cost of each workspace: the priced ingestion of every table
     * but the container-log table (charged per namespace), by workspace id; its source
     * rows are the table rows summed.
     */
    public List<WorkspaceCost> monitoring(LocalDate day) {
        Map<String, WorkspaceCost> byWorkspace = new TreeMap<>();
        for (TableSum row : ingestionByDay.getOrDefault(day, new ConcurrentLinkedQueue<>())) {
            if (!isContainerLogs(row)) {
                byWorkspace.merge(row.workspaceId(),
                        new WorkspaceCost(row.workspaceId(), row.workspaceResourceId(), row.cost(), 1),
                        WorkspaceCost::plus);
            }
        }
        return List.copyOf(byWorkspace.values());
    }

    /**
     * Each workspace table's ingestion over the days, by workspace, table and plan;
     * ContainerLogV2's too, as Usage reports it, when {@code withContainerLogs}.
     */
    public List<TableSum> over(DayRange days, boolean withContainerLogs) {
        Predicate<TableSum> kept = withContainerLogs ? row -> true : row -> !isContainerLogs(row);
        Map<TableSum, TableSum> sums = new TreeMap<>(BY_WORKSPACE_TABLE_PLAN);
        ingestionByDay.forEach((day, rows) -> {
            if (days.contains(day)) {
                rows.stream().filter(kept).forEach(row -> sums.merge(row, row, TableSum::plus));
            }
        });
        return List.copyOf(sums.values());
    }

    /**
     * The queries that named each table over the days, by workspace id (lower case) and
     * table. A workspace that audits its queries has rows; one without any has no entry,
     * its queries unknown.
     */
    public Map<String, Map<String, QuerySum>> queries(DayRange days) {
        Map<String, Map<String, QuerySum>> byWorkspace = new TreeMap<>();
        for (Queried row : queries) {
            if (days.contains(row.day())) {
                byWorkspace.computeIfAbsent(row.workspaceId().toLowerCase(Locale.ROOT), w -> new TreeMap<>())
                    .merge(row.table(), row.sum(), QuerySum::plus);
            }
        }
        return byWorkspace;
    }

    private static boolean isContainerLogs(TableSum row) {
        return row.table().equals(LogIngestionTasklet.CONTAINER_LOG_TABLE);
    }

}
