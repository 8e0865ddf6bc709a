package io.kubeledger.report;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import io.kubeledger.compliance.Finding;
import io.kubeledger.compliance.Severity;
import io.kubeledger.compliance.Status;
import io.kubeledger.lake.Budgets;
import io.kubeledger.lake.CorrectionLine;
import io.kubeledger.lake.InvoiceLine;
import io.kubeledger.lake.LakePartitions;
import io.kubeledger.lake.RunRecord.WorkspaceTable;
import io.kubeledger.lake.RunRecord;
import io.kubeledger.lake.TableIngestion;
import io.kubeledger.report.MonthlyReport.ClusterCost;
import io.kubeledger.report.MonthlyReport.DailyCost;
import io.kubeledger.report.MonthlyReport.MonthTotal;
import io.kubeledger.report.MonthlyReport.NamespaceCost;
import io.kubeledger.report.MonthlyReport.Rightsizing;
import io.kubeledger.report.MonthlyReport.TeamCost;
import io.kubeledger.report.MonthlyReport.TeamLogs;
import io.kubeledger.report.MonthlyReport.TeamLine;
import io.kubeledger.rightsizing.ContainerKey;
import io.kubeledger.rightsizing.ContainerRecommendation;
import io.kubeledger.rightsizing.ObservedPeaks;
import io.kubeledger.rightsizing.Recommendations;
import io.kubeledger.rightsizing.RequestAction;
import io.kubeledger.rightsizing.TablePlanRecommendation;
import io.kubeledger.rightsizing.TableUsage;
import io.kubeledger.run.SqlFiles;

/**
 * Reads the figures of the month's reports from the lake alone, through DuckDB over its
 * Parquet parts: the month's chargeback lines, the report date's recommendations and
 * findings, the run's {@link RunRecord}, and last month's latest run for the comparison.
 */
public class MonthlyReportLoader {

    private static final Logger LOG = LoggerFactory.getLogger(MonthlyReportLoader.class);

    private static final String MEMORY_LIMIT = "256MB";

    private static final String TEMP = Path.of(System.getProperty("java.io.tmpdir"), "kubeledger-duckdb").toString();

    private static final Comparator<WorkspaceTable> BY_WORKSPACE_COSTLIEST_FIRST = Comparator
        .comparing(WorkspaceTable::workspaceResourceId)
        .thenComparing(table -> table.ingestion().cost(), Comparator.reverseOrder())
        .thenComparing(table -> table.ingestion().table());

    private final String lakeMonth = SqlFiles.load("report/lake-month.sql");

    private final String teamLines = SqlFiles.load("report/team-lines.sql");

    private final String byTeam = SqlFiles.load("report/cost-by-team.sql");

    private final String byCluster = SqlFiles.load("report/cost-by-cluster.sql");

    private final String byNamespace = SqlFiles.load("report/cost-by-namespace.sql");

    private final String byDay = SqlFiles.load("report/cost-by-day.sql");

    private final String monthTotal = SqlFiles.load("report/month-total.sql");

    private final String invoice = SqlFiles.load("report/invoice.sql");

    private final String corrections = SqlFiles.load("report/corrections.sql");

    private final String billedTotal = SqlFiles.load("report/billed-total.sql");

    private final String teamTotals = SqlFiles.load("report/team-totals.sql");

    private final String namespaceTotals = SqlFiles.load("report/namespace-totals.sql");

    private final String teamNamespaceTotals = SqlFiles.load("report/team-namespace-totals.sql");

    private final String teamContainerLogs = SqlFiles.load("report/team-container-logs.sql");

    private final String workloadDays = SqlFiles.load("report/workload-days.sql");

    private final String byResource = SqlFiles.load("report/cost-by-resource.sql");

    private final String efficiency = SqlFiles.load("report/efficiency.sql");

    private final Path lake;

    private final List<String> clusterOrder;

    private final int threads;

    private final int statementChanges;

    private final int trendMonths;

    private final String costColumn;

    /**
     * @param clusterOrder the configured clusters' names: the findings are listed in
     * their order
     * @param threads the cores DuckDB may use
     * @param costColumn the lake's column of the charge ({@code billing.cost-column})
     * @param statementChanges the rightsizing changes a statement lists
     * ({@code reports.statement-changes})
     * @param trendMonths the months the trend shows, this one included
     * ({@code reports.trend-months})
     */
    public MonthlyReportLoader(Path lake, List<String> clusterOrder, int threads, String costColumn,
            int statementChanges, int trendMonths) {
        this.statementChanges = statementChanges;
        this.trendMonths = trendMonths;
        this.lake = lake;
        this.clusterOrder = List.copyOf(clusterOrder);
        this.threads = threads;
        this.costColumn = costColumn;
    }

    public MonthlyReport load(LakeMonth month, String currency, List<String> explanation) {
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            JdbcTemplate jdbc = open(duck, month.chargeback());
            checkWrittenBy(jdbc, month);
            List<TeamCost> teams = teams(jdbc);
            List<ClusterCost> clusters = jdbc.query(byCluster,
                    (rs, n) -> new ClusterCost(rs.getString("cluster"), rs.getBigDecimal("cost"),
                            rs.getBigDecimal("idle"), rs.getBigDecimal("billed"), rs.getBigDecimal("allocated")));
            List<InvoiceLine> invoiceLines = jdbc.query(invoice,
                    (rs, n) -> new InvoiceLine(rs.getString("cluster"), rs.getString("cost_bucket"),
                            rs.getBigDecimal("billed"), rs.getBigDecimal("allocated"), rs.getBigDecimal("idle")));
            List<CorrectionLine> correctionLines = jdbc.query(corrections,
                    (rs, n) -> new CorrectionLine(rs.getString("billed_on"), rs.getString("cost_bucket"),
                            rs.getObject("corrected_from", LocalDate.class),
                            rs.getObject("corrected_through", LocalDate.class), rs.getBigDecimal("amount")));
            List<NamespaceCost> namespaces = jdbc.query(byNamespace,
                    (rs, n) -> new NamespaceCost(rs.getString("cluster"), rs.getString("namespace"),
                            rs.getString("team"), rs.getBigDecimal("cost"), rs.getBigDecimal("allocation")));
            List<DailyCost> daily = daily(jdbc);
            List<TeamLine> lines = jdbc.query(teamLines,
                    (rs, n) -> new TeamLine(rs.getString("team"), rs.getString("cluster"), rs.getString("namespace"),
                            rs.getString("cost_kind"), rs.getString("allocation_method"), rs.getBigDecimal("cost")));
            Rightsizing rightsizing = new Rightsizing(containers(jdbc, month), tables(jdbc, month), statementChanges);
            List<Finding> findings = findings(jdbc, month);
            BigDecimal total = teams.stream().map(TeamCost::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
            RunRecord run = month.run();
            return new MonthlyReport(month.window().month(), month.window().reportDate(),
                    month.window().monthComplete(), currency, total, jdbc.queryForObject(billedTotal, BigDecimal.class),
                    teams, clusters, namespaces, daily, ingestion(run), explanation, run.inputs(), rightsizing,
                    findings, lines, lastMonth(month), run.billing().withInvoice(invoiceLines, correctionLines),
                    coverage(jdbc, month, month.window().reportDate()),
                    run.budgets() == null ? Budgets.NONE : run.budgets(), resources(jdbc, month),
                    jdbc.query(teamContainerLogs,
                            (rs, n) -> new TeamLogs(rs.getString("team"), rs.getString("workspace"),
                                    rs.getBigDecimal("own") == null ? BigDecimal.ZERO : rs.getBigDecimal("own"),
                                    rs.getBigDecimal("workspace_total"))),
                    history(month.window().month()));
        }
        catch (SQLException | DataAccessException e) {
            throw LakeUnreadableException.of(lake, month.window().reportDate(), e);
        }
    }

    /**
     * Each team's month, costliest first, from its rows by category
     * ({@code cost-by-team.sql}).
     */
    private List<TeamCost> teams(JdbcTemplate jdbc) {
        // A team's row without its amounts is the key its categories' rows share.
        Map<TeamCost, Map<CostCategory, BigDecimal>> amounts = new LinkedHashMap<>();
        jdbc.query(byTeam, (RowCallbackHandler) rs -> amounts
            .computeIfAbsent(
                    new TeamCost(rs.getString("team"), rs.getString("cost_center"), rs.getBoolean("team_registered"),
                            Map.of(), rs.getBigDecimal("cost"), rs.getBigDecimal("allocation")),
                    team -> new EnumMap<>(CostCategory.class))
            .put(CostCategory.of(rs.getString("category")), rs.getBigDecimal("amount")));
        return amounts.entrySet()
            .stream()
            .map(e -> new TeamCost(e.getKey().team(), e.getKey().costCenter(), e.getKey().registered(), e.getValue(),
                    e.getKey().cost(), e.getKey().allocation()))
            .toList();
    }

    private List<DailyCost> daily(JdbcTemplate jdbc) {
        return jdbc.query(byDay, (rs, n) -> new DailyCost(rs.getObject("charge_day", LocalDate.class),
                rs.getString("team"), rs.getBigDecimal("cost"), rs.getBigDecimal("allocation")));
    }

    /**
     * The trend's earlier months, oldest first: each of the {@code trendMonths} before
     * this one whose latest run the lake holds whole and readable, as that run charged
     * it; a month it does not is left out and the log says why: a picture of the past
     * does not stop this month's reports.
     */
    private List<MonthTotal> history(YearMonth month) {
        List<MonthTotal> history = new ArrayList<>();
        for (int back = trendMonths - 1; back >= 1; back--) {
            YearMonth earlier = month.minusMonths(back);
            try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
                LakeMonth latest = LakeMonth.latest(lake, earlier).orElse(null);
                if (latest != null) {
                    history.add(new MonthTotal(earlier, latest.window().reportDate(),
                            open(duck, latest.chargeback()).queryForObject(monthTotal, BigDecimal.class),
                            latest.run().billing().reconciled()));
                }
            }
            catch (IncompleteLakeException | SQLException | DataAccessException e) {
                LOG.warn("the trend of {} leaves {} out: {}", month, earlier, e.getMessage());
            }
        }
        return history;
    }

    /**
     * A connection's template, with the month's chargeback lines as the view
     * {@code chargeback_month}.
     */
    private JdbcTemplate open(Connection duck, List<Path> chargeback) throws SQLException {
        try (Statement statement = duck.createStatement()) {
            statement.execute("SET threads = " + threads);
            // DuckDB's memory is outside the JVM's heap, within the pod's limit beside
            // it; the reports' sums need
            // little, and what does not fit spills to the pod's writable /tmp, not to the
            // read-only working folder.
            statement.execute("SET memory_limit = '" + MEMORY_LIMIT + "'");
            statement.execute("SET temp_directory = '" + TEMP.replace("'", "''") + "'");
            statement.execute(lakeMonth.replace("{files}", list(chargeback)).replace("{costColumn}", costColumn));
        }
        return new JdbcTemplate(new SingleConnectionDataSource(duck, true));
    }

    /**
     * A chargeback part a later or earlier run rewrote is not this run's: the month would
     * mix two runs.
     */
    private static void checkWrittenBy(JdbcTemplate jdbc, LakeMonth month) {
        String creationDate = month.window().reportDate() + "T00:00:00Z";
        List<String> others = jdbc.query(
                "SELECT file_name, decode(value) AS created FROM parquet_kv_metadata(" + list(month.chargeback())
                        + ") WHERE decode(key) = 'CreationDate' AND decode(value) <> ?",
                (rs, n) -> rs.getString("file_name") + " (" + rs.getString("created") + ")", creationDate);
        if (!others.isEmpty()) {
            throw new IncompleteLakeException("the lake's chargeback parts of " + month.window().month()
                    + " are not all of the run of " + month.window().reportDate() + ", so no report is built from "
                    + "them: " + others.size() + " part(s) were written by the run of another day, e.g. "
                    + others.get(0) + "; rerun the compute of " + month.window().reportDate());
        }
    }

    /**
     * The report date's container recommendations. A part written before {@code basis}
     * was kept has none: every recommendation of it is on OpenCost's daily averages
     * (until 1.0.0, docs/lake.md).
     */
    private static List<ContainerRecommendation> containers(JdbcTemplate jdbc, LakeMonth month) {
        String parts = "read_parquet(" + list(month.ofReportDate(LakePartitions.RIGHTSIZING)) + ")";
        boolean withBasis = !jdbc
            .queryForList("SELECT column_name FROM (DESCRIBE SELECT * FROM " + parts + ") WHERE column_name = 'basis'")
            .isEmpty();
        List<ContainerRecommendation> containers = new ArrayList<>(jdbc.query("SELECT * FROM " + parts,
                (rs, n) -> new ContainerRecommendation(
                        new ContainerKey(rs.getString("cluster"), rs.getString("namespace"),
                                rs.getString("controller_kind"), rs.getString("controller"), rs.getString("container")),
                        rs.getString("team"), rs.getInt("days_observed"), rs.getDouble("cpu_request_cores"),
                        rs.getDouble("cpu_usage_avg_cores"), rs.getDouble("cpu_usage_peak_daily_cores"),
                        rs.getDouble("cpu_recommended_cores"), rs.getDouble("ram_request_bytes"),
                        rs.getDouble("ram_usage_avg_bytes"), rs.getDouble("ram_usage_peak_daily_bytes"),
                        rs.getDouble("ram_recommended_bytes"), rs.getBigDecimal("monthly_savings"),
                        byValue(RequestAction.values(), RequestAction::value, rs.getString("action")),
                        rs.getString("reason"), withBasis ? observed(rs) : null)));
        containers.sort(Recommendations.BIGGEST_SAVING_FIRST);
        return containers;
    }

    /**
     * What Prometheus saw of a container, from its row; null for a recommendation on
     * OpenCost's daily averages.
     */
    private static ObservedPeaks observed(ResultSet row) throws SQLException {
        if (!ContainerRecommendation.PROMETHEUS.equals(row.getString("basis"))) {
            return null;
        }
        double throttled = row.getDouble("cpu_throttled_share");
        boolean periods = !row.wasNull();
        return new ObservedPeaks(row.getDouble("cpu_usage_percentile_cores"), row.getDouble("ram_usage_max_bytes"),
                row.getInt("oom_killed_pod_days"), periods ? throttled : 0, periods ? 1 : 0);
    }

    /**
     * The report date's table plan recommendations. A part written before
     * {@code charged_monthly_change} was kept has none: its moves' effect on the
     * chargeback reads as unknown (null; until 1.0.0, docs/lake.md).
     */
    private static List<TablePlanRecommendation> tables(JdbcTemplate jdbc, LakeMonth month) {
        String parts = "read_parquet(" + list(month.ofReportDate(LakePartitions.LOG_TABLES))
                + ", union_by_name = true)";
        boolean charged = !jdbc
            .queryForList("SELECT column_name FROM (DESCRIBE SELECT * FROM " + parts
                    + ") WHERE column_name = 'charged_monthly_change'")
            .isEmpty();
        List<TablePlanRecommendation> tables = new ArrayList<>(jdbc.query("SELECT * FROM " + parts,
                (rs, n) -> new TablePlanRecommendation(
                        new TableUsage(rs.getString("workspace_resource_id"), rs.getString("table"),
                                rs.getString("plan"), rs.getBigDecimal("billable_gb"), rs.getBigDecimal("cost"),
                                (Long) rs.getObject("queries", Long.class), rs.getBigDecimal("scanned_gb")),
                        rs.getBigDecimal("query_cost"), rs.getString("recommended_plan"),
                        rs.getBigDecimal("monthly_savings"),
                        charged ? rs.getBigDecimal("charged_monthly_change") : null, rs.getString("reason"))));
        tables.sort(Recommendations.BIGGEST_TABLE_SAVING_FIRST);
        return tables;
    }

    /**
     * What each team's cost buys per namespace of each cluster, with the usage over
     * requests of its containers there.
     */
    private List<ResourceCost> resources(JdbcTemplate jdbc, LakeMonth month) {
        Map<List<String>, BigDecimal[]> computeSplit = computeSplit(jdbc, month);
        Map<List<String>, ResourceCost> resources = new LinkedHashMap<>();
        jdbc.query(byResource, (RowCallbackHandler) rs -> {
            BigDecimal compute = rs.getBigDecimal("compute");
            BigDecimal[] split = ResourceCost.split(compute,
                    computeSplit == null ? null
                            : computeSplit.getOrDefault(List.of(rs.getString("cluster"), rs.getString("namespace")),
                                    new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO }));
            resources.put(List.of(rs.getString("team"), rs.getString("cluster"), rs.getString("namespace")),
                    new ResourceCost(rs.getString("team"), rs.getString("cluster"), rs.getString("namespace"), compute,
                            split == null ? null : split[0], split == null ? null : split[1],
                            split == null ? null : split[2], rs.getBigDecimal("storage"), rs.getBigDecimal("network"),
                            rs.getBigDecimal("other"), rs.getBigDecimal("idle"), rs.getBigDecimal("logs"),
                            rs.getBigDecimal("monitoring"), rs.getBigDecimal("corrections"), 0, 0, 0, 0));
        });
        jdbc.query(efficiency.replace("{files}", list(month.ofReportDate(LakePartitions.RIGHTSIZING))),
                (RowCallbackHandler) rs -> {
                    ResourceCost use = new ResourceCost(rs.getString("team"), rs.getString("cluster"),
                            rs.getString("namespace"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                            BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                            BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, rs.getDouble("cpu_used"),
                            rs.getDouble("cpu_requested"), rs.getDouble("ram_used"), rs.getDouble("ram_requested"));
                    resources.merge(List.of(use.team(), use.cluster(), use.namespace()), use,
                            (cost, usage) -> cost.plus(usage, cost.cluster(), cost.namespace()));
                });
        return List.copyOf(resources.values());
    }

    /**
     * Each namespace's CPU, memory and GPU cost of the month to date, by cluster and
     * namespace; null when the run's lake has no {@code compute} parts (written before it
     * kept them; until 1.0.0, docs/lake.md).
     */
    private static Map<List<String>, BigDecimal[]> computeSplit(JdbcTemplate jdbc, LakeMonth month) {
        List<Path> parts = month.ofReportDate(LakePartitions.COMPUTE);
        if (!parts.stream().allMatch(Files::isRegularFile)) {
            return null;
        }
        Map<List<String>, BigDecimal[]> split = new LinkedHashMap<>();
        jdbc.query("SELECT cluster, namespace, cpu_cost, ram_cost, gpu_cost FROM read_parquet(" + list(parts) + ")",
                (RowCallbackHandler) rs -> split.put(List.of(rs.getString("cluster"), rs.getString("namespace")),
                        new BigDecimal[] { rs.getBigDecimal("cpu_cost"), rs.getBigDecimal("ram_cost"),
                                rs.getBigDecimal("gpu_cost") }));
        return split;
    }

    /**
     * The findings in the order each shard checked them, cluster by cluster in the
     * configured order.
     */
    private List<Finding> findings(JdbcTemplate jdbc, LakeMonth month) {
        List<Finding> findings = new ArrayList<>(jdbc.query(
                "SELECT * FROM read_parquet(" + list(month.ofReportDate(LakePartitions.COMPLIANCE))
                        + ", filename = true, file_row_number = true) " + "ORDER BY filename, file_row_number",
                (rs, n) -> new Finding(rs.getString("cluster"), rs.getString("check"),
                        byValue(Status.values(), Status::value, rs.getString("status")),
                        byValue(Severity.values(), Severity::value, rs.getString("severity")),
                        rs.getString("detail"))));
        Map<String, Integer> positions = new LinkedHashMap<>();
        clusterOrder.forEach(cluster -> positions.put(cluster, positions.size()));
        findings.sort(Comparator.comparing(finding -> positions.getOrDefault(finding.cluster(), positions.size())));
        return findings;
    }

    /**
     * Each workspace's billable ingestion by table, as the run recorded it: by workspace,
     * the costliest first.
     */
    private static List<TableIngestion> ingestion(RunRecord run) {
        return run.ingestion().stream().sorted(BY_WORKSPACE_COSTLIEST_FIRST).map(WorkspaceTable::ingestion).toList();
    }

    /**
     * Last month's latest run in the lake over the period like this report's
     * ({@link LastMonth#periodEnd}), or null when the lake has none whole: the reports
     * then compare with nothing rather than with part of a month, and the log says why.
     */
    private LastMonth lastMonth(LakeMonth month) throws SQLException {
        YearMonth previous = month.window().month().minusMonths(1);
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            LakeMonth last = LakeMonth.latest(lake, previous).orElse(null);
            if (last == null) {
                return null;
            }
            JdbcTemplate jdbc = open(duck, last.chargeback());
            checkWrittenBy(jdbc, last);
            LocalDate periodEnd = LastMonth.periodEnd(month.window().reportDate());
            LocalDate through = periodEnd.isBefore(last.window().reportDate()) ? periodEnd : last.window().reportDate();
            boolean lastBilled = last.run().billing().reconciled();
            boolean sameBasis = lastBilled == month.run().billing().reconciled();
            Map<String, BigDecimal> byTeam = new LinkedHashMap<>();
            jdbc.query(teamTotals,
                    (RowCallbackHandler) rs -> byTeam.put(rs.getString("team"), rs.getBigDecimal("cost")), sameBasis,
                    through, sameBasis);
            Map<NamespaceKey, BigDecimal> byNamespace = new LinkedHashMap<>();
            jdbc.query(namespaceTotals, (RowCallbackHandler) rs -> byNamespace
                .put(NamespaceKey.of(rs.getString("cluster"), rs.getString("namespace")), rs.getBigDecimal("cost")),
                    sameBasis, through, sameBasis);
            Map<NamespaceKey, BigDecimal> byTeamNamespace = new LinkedHashMap<>();
            jdbc.query(teamNamespaceTotals,
                    (RowCallbackHandler) rs -> byTeamNamespace.put(
                            new NamespaceKey(rs.getString("team"), rs.getString("cluster"), rs.getString("namespace")),
                            rs.getBigDecimal("cost")),
                    sameBasis, through, sameBasis);
            return new LastMonth(previous, last.window().reportDate(), coverage(jdbc, last, through), byTeam,
                    byNamespace, byTeamNamespace, sameBasis ? null : new LastMonth.Basis(lastBilled), daily(jdbc));
        }
        catch (IncompleteLakeException e) {
            LOG.warn("the reports of {} compare with no last month: {}", month.window().month(), e.getMessage());
            return null;
        }
    }

    /**
     * The run's coverage through {@code through}: as its record counted the rows, or for
     * a run recorded before that, the cluster-days its chargeback has workload lines of.
     */
    private Coverage coverage(JdbcTemplate jdbc, LakeMonth month, LocalDate through) {
        Map<String, Map<LocalDate, Long>> rows = month.run().coverage();
        if (rows == null) {
            Map<String, Map<LocalDate, Long>> days = new LinkedHashMap<>();
            jdbc.query(workloadDays,
                    (RowCallbackHandler) rs -> days
                        .computeIfAbsent(rs.getString("cluster"), cluster -> new LinkedHashMap<>())
                        .put(rs.getObject("charge_day", LocalDate.class), Coverage.UNCOUNTED));
            rows = days;
        }
        return new Coverage(month.window().start(), month.window().reportDate(), rows).through(through);
    }

    /** A DuckDB list literal of the files. */
    private static String list(List<Path> files) {
        return files.stream()
            .map(file -> "'" + file.toAbsolutePath().toString().replace("'", "''") + "'")
            .collect(Collectors.joining(", ", "[", "]"));
    }

    private static <E extends Enum<E>> E byValue(E[] values, Function<E, String> value, String text) {
        for (E candidate : values) {
            if (value.apply(candidate).equals(text)) {
                return candidate;
            }
        }
        throw new IllegalStateException("the lake holds '" + text + "', which is no "
                + values[0].getDeclaringClass().getSimpleName().toLowerCase(Locale.ROOT));
    }

}
