package io.kubeledger.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

import io.kubeledger.RunWindow;
import io.kubeledger.SqlFiles;
import io.kubeledger.compliance.FindingRepository;
import io.kubeledger.ingest.ContainerLogSums;
import io.kubeledger.ingest.ContainerLogSums.PlanIngestion;
import io.kubeledger.ingest.LogIngestionTasklet;
import io.kubeledger.ingest.LogPrices;
import io.kubeledger.rightsizing.RecommendationRepository;
import io.kubeledger.report.MonthlyReport.Billing;
import io.kubeledger.report.MonthlyReport.ClusterCost;
import io.kubeledger.report.MonthlyReport.DailyCost;
import io.kubeledger.report.MonthlyReport.InputCounts;
import io.kubeledger.report.MonthlyReport.InvoiceLine;
import io.kubeledger.report.MonthlyReport.NamespaceCost;
import io.kubeledger.report.MonthlyReport.Rightsizing;
import io.kubeledger.report.MonthlyReport.TableIngestion;
import io.kubeledger.report.MonthlyReport.TeamLine;
import io.kubeledger.report.MonthlyReport.TeamCost;
import io.kubeledger.source.ResourceIds;

/**
 * Reads the figures of the month's reports from the run's chargeback lines, priced ingestion, recommendations and
 * compliance findings.
 */
public class MonthlyReportLoader {

    private static final Comparator<WorkspaceTable> BY_WORKSPACE_COSTLIEST_FIRST =
            Comparator.comparing(WorkspaceTable::workspaceResourceId)
                    .thenComparing(table -> table.ingestion().cost(), Comparator.reverseOrder())
                    .thenComparing(table -> table.ingestion().table());

    private final NamedParameterJdbcTemplate jdbc;
    private final RecommendationRepository recommendations;
    private final FindingRepository findings;
    private final MonthlyTotals monthlyTotals;
    private final ContainerLogSums containerLogSums;
    private final String teamLines = SqlFiles.load("report/team-lines.sql");
    private final String byTeam = SqlFiles.load("report/cost-by-team.sql");
    private final String byCluster = SqlFiles.load("report/cost-by-cluster.sql");
    private final String byNamespace = SqlFiles.load("report/cost-by-namespace.sql");
    private final String byDay = SqlFiles.load("report/cost-by-day.sql");
    private final String invoice = SqlFiles.load("report/invoice.sql");
    private final String ingestionByTable = SqlFiles.load("report/ingestion-by-table.sql");

    public MonthlyReportLoader(NamedParameterJdbcTemplate jdbc, RecommendationRepository recommendations,
            FindingRepository findings, MonthlyTotals monthlyTotals, ContainerLogSums containerLogSums) {
        this.jdbc = jdbc;
        this.recommendations = recommendations;
        this.findings = findings;
        this.monthlyTotals = monthlyTotals;
        this.containerLogSums = containerLogSums;
    }

    public MonthlyReport load(long runId, RunWindow window, String currency, List<String> explanation,
            InputCounts inputs, Billing billing) {
        // The ingestion's query reads every priced Usage row of the month, the others read sums: it runs beside them.
        CompletableFuture<List<TableIngestion>> ingestion =
                CompletableFuture.supplyAsync(() -> ingestion(runId, window));
        Map<String, Long> run = Map.of("runId", runId);
        List<TeamCost> teams = jdbc.query(byTeam, run, (rs, n) -> new TeamCost(rs.getString("team"),
                rs.getString("cost_center"), rs.getBoolean("team_registered"), rs.getBigDecimal("workload"),
                rs.getBigDecimal("container_logs"), rs.getBigDecimal("shared"), rs.getBigDecimal("monitoring"),
                rs.getBigDecimal("idle"), rs.getBigDecimal("cost")));
        List<ClusterCost> clusters = jdbc.query(byCluster, run, (rs, n) -> new ClusterCost(rs.getString("cluster"),
                rs.getBigDecimal("cost"), rs.getBigDecimal("idle"), rs.getBigDecimal("billed"),
                rs.getBigDecimal("allocated")));
        List<InvoiceLine> invoiceLines = jdbc.query(invoice, run, (rs, n) -> new InvoiceLine(rs.getString("cluster"),
                rs.getString("cost_bucket"), rs.getBigDecimal("billed"), rs.getBigDecimal("allocated"),
                rs.getBigDecimal("idle")));
        List<NamespaceCost> namespaces = jdbc.query(byNamespace, run, (rs, n) -> new NamespaceCost(
                rs.getString("cluster"), rs.getString("namespace"), rs.getString("team"), rs.getBigDecimal("cost")));
        List<DailyCost> daily = jdbc.query(byDay, run, (rs, n) -> new DailyCost(
                rs.getObject("charge_day", LocalDate.class), rs.getString("team"), rs.getBigDecimal("cost")));
        BigDecimal total = teams.stream().map(TeamCost::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new MonthlyReport(window.month(), window.reportDate(), window.monthComplete(), currency, total,
                teams, clusters, namespaces, daily, ingestion.join(), explanation, inputs,
                new Rightsizing(recommendations.containers(runId), recommendations.tables(runId)),
                findings.findings(runId),
                jdbc.query(teamLines, run, (rs, n) -> new TeamLine(rs.getString("team"), rs.getString("cluster"),
                        rs.getString("namespace"), rs.getString("cost_kind"), rs.getString("allocation_method"),
                        rs.getBigDecimal("cost"))),
                monthlyTotals.find(window.month().minusMonths(1)), billing.withInvoice(invoiceLines));
    }

    /**
     * Each workspace's billable ingestion by table in the month to date, as charged: ContainerLogV2 from the
     * per-namespace query, every other table from Usage; by workspace, the costliest table first.
     */
    private List<TableIngestion> ingestion(long runId, RunWindow window) {
        Map<String, Object> month = Map.of("runId", runId, "start", window.start(), "end", window.end());
        List<WorkspaceTable> tables = new ArrayList<>(jdbc.query(ingestionByTable, month,
                (rs, n) -> new WorkspaceTable(rs.getString("workspace_resource_id"), new TableIngestion(
                        ResourceIds.name(rs.getString("workspace_resource_id")), rs.getString("table_name"),
                        rs.getString("plan"), rs.getBigDecimal("billable_gb"), rs.getBigDecimal("cost")))));
        for (PlanIngestion logs : containerLogSums.over(window.monthToDate())) {
            tables.add(new WorkspaceTable(logs.workspaceResourceId(), new TableIngestion(
                    ResourceIds.name(logs.workspaceResourceId()), LogIngestionTasklet.CONTAINER_LOG_TABLE, logs.plan(),
                    LogPrices.gigabytes(logs.billableBytes()), logs.cost())));
        }
        tables.sort(BY_WORKSPACE_COSTLIEST_FIRST);
        return tables.stream().map(WorkspaceTable::ingestion).toList();
    }

    /** A table's ingestion with its workspace's resource id, which orders the workbook's rows. */
    private record WorkspaceTable(String workspaceResourceId, TableIngestion ingestion) {
    }
}
