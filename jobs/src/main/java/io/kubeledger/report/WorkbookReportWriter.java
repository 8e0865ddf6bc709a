package io.kubeledger.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import io.kubeledger.compliance.Finding;
import io.kubeledger.compliance.Status;
import io.kubeledger.lake.Billing;
import io.kubeledger.lake.Budgets;
import io.kubeledger.lake.ResourceTypeBill;
import io.kubeledger.lake.TableIngestion;
import io.kubeledger.report.MonthlyReport.ClusterCost;
import io.kubeledger.report.MonthlyReport.DailyCost;
import io.kubeledger.report.MonthlyReport.NamespaceCost;
import io.kubeledger.report.MonthlyReport.Rightsizing;
import io.kubeledger.report.MonthlyReport.TeamCost;
import io.kubeledger.report.WorkbookTables.TotalOf;
import io.kubeledger.report.WorkbookTables.Styles;
import io.kubeledger.report.WorkbookTables.Mebibytes;
import io.kubeledger.report.WorkbookTables.Cores;
import io.kubeledger.report.WorkbookTables.Gigabytes;
import io.kubeledger.report.WorkbookTables.Share;
import io.kubeledger.rightsizing.ChangeCommands;
import io.kubeledger.rightsizing.ContainerRecommendation;
import io.kubeledger.rightsizing.RequestAction;
import io.kubeledger.rightsizing.TablePlanRecommendation;

/**
 * Writes the month's workbook with a streaming POI workbook: a Summary sheet, then one
 * sheet per breakdown with a frozen, filtered header row and currency-formatted amounts,
 * then how to read it. It and {@link WorkbookTables}, its machinery, are the only classes
 * that know POI.
 */
public final class WorkbookReportWriter {

    private static final int WINDOW_ROWS = 500;

    /**
     * A team's row over all its clusters and namespaces in the sheet of what the money
     * buys.
     */
    private static final String ALL = "(all)";

    private static final int SUMMARY_TEXT_WIDTH = 100;

    public void write(MonthlyReport report, Path file) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW_ROWS)) {
            // Made on its report date rather than at the moment it is written, so that a
            // rerun of the day writes the
            // same bytes.
            workbook.getXSSFWorkbook()
                .getProperties()
                .getCoreProperties()
                .setCreated(Optional.of(Date.from(report.reportDate().atStartOfDay(ZoneOffset.UTC).toInstant())));
            Styles styles = new Styles(workbook, report.currency());
            summary(workbook, styles, report);
            String against = "Change against " + Optional.ofNullable(report.comparedPeriod()).orElse("last month");
            WorkbookTables.table(workbook, styles, "Teams",
                    List.of("Team", "Cost center", "Registered", "Workload", "Container logs", "Shared", "Monitoring",
                            "Idle", "Corrections of earlier periods", "Cost", "Share", against,
                            "Forecast for the month", "Budget", "Budget used", "Budget status"),
                    report.teams(), (TeamCost t) -> teamRow(report, t));
            WorkbookTables.table(workbook, styles, "Clusters",
                    List.of("Cluster", "Cost", "Share", against, "Billed (days the bill covers)",
                            "Allocated to containers (same days)", "Idle", "Idle share of the bill",
                            "OpenCost rows quarantined"),
                    report.clusters(),
                    (ClusterCost c) -> new Object[] { c.cluster(), c.cost(), new Share(report.share(c.cost())),
                            share(report.clusterChangeRatio(c)), c.billed(), c.allocated(), c.idle(),
                            new Share(c.idleShare()), report.inputs().opencostQuarantined(c.cluster()) });
            invoice(workbook, styles, report);
            coverage(workbook, styles, report.coverage());
            movers(workbook, styles, report);
            resources(workbook, styles, report);
            WorkbookTables.table(workbook, styles, "Namespaces", List.of("Cluster", "Namespace", "Team", "Cost"),
                    report.namespaces(),
                    (NamespaceCost n) -> new Object[] { n.cluster(), n.namespace(), n.team(), n.cost() });
            WorkbookTables.table(workbook, styles, "Daily", List.of("Day", "Team", "Cost"), report.daily(),
                    (DailyCost d) -> new Object[] { d.day(), d.team(), d.cost() });
            WorkbookTables.table(workbook, styles, "Log ingestion",
                    List.of("Workspace", "Table", "Plan", "Billable GB", "Cost at the price list"), report.ingestion(),
                    (TableIngestion i) -> new Object[] { i.workspace(), i.table(), i.plan(),
                            new Gigabytes(i.billableGb()), i.cost() });
            rightsizing(workbook, styles, report);
            compliance(workbook, styles, report.compliance());
            howToRead(workbook, styles, report.explanation());
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook " + file, e);
        }
    }

    private static Object[] teamRow(MonthlyReport report, TeamCost t) {
        Budgets.Use budget = report.budgetUse(t.team());
        return new Object[] { t.team(), t.costCenter(), t.registered() ? "yes" : "no (label names no configured team)",
                t.amount(CostCategory.WORKLOAD), t.amount(CostCategory.CONTAINER_LOGS), t.amount(CostCategory.SHARED),
                t.amount(CostCategory.MONITORING), t.amount(CostCategory.IDLE), t.corrections(), t.cost(),
                new Share(report.share(t.cost())), share(report.changeRatioOf(t.team(), t.cost())),
                report.forecast(t.cost(), t.corrections()), budget == null ? null : budget.budget(),
                budget == null ? null : new Share(budget.shareUsed()),
                budget == null ? null : Optional.ofNullable(budget.flag()).orElse("within budget") };
    }

    private static void summary(SXSSFWorkbook workbook, Styles styles, MonthlyReport report) {
        SXSSFSheet sheet = workbook.createSheet("Summary");
        Rightsizing rightsizing = report.rightsizing();
        Object[][] lines = { { "kubeledger chargeback", report.month().toString() }, { "Status", report.status() },
                { "Currency", report.currency() }, { "Total cost", report.total() },
                { "Against last month",
                        Optional.ofNullable(report.comparison(report.total(), null))
                            .orElse("no last month in the lake") },
                { "Data coverage", report.coverage().notice() },
                { "Forecast for the month",
                        Optional.<Object>ofNullable(report.forecastLine(report.total(), report.corrections()))
                            .orElse(report.complete() ? "the month has ended" : "no day of data") },
                { "Budget",
                        Optional.ofNullable(report.budgetUse(null))
                            .map(use -> use.describe(report.currency()))
                            .orElse("none (kubeledger.budget.total)") },
                { "Bill", report.billing().headline(report.reportDate()) },
                { "Billed with no OpenCost row (all idle)",
                        report.billing().billedWithoutWorkload().isEmpty() ? "none"
                                : String.join(", ", report.billing().billedWithoutWorkload()) },
                { "Teams", (long) report.teams().size() },
                { "Log Analytics charged (container-log and monitoring lines)", report.chargedLogs() },
                { "  Of which ingestion at the price list", report.ingestionTotal() },
                { "  Of which the workspaces' bills beyond it (commitment tier, retention, queries)",
                        report.logsBeyondPriceList() },
                { "Unregistered teams (named by a label only)", String.join(", ", report.unregisteredTeams()) },
                { "Missing clusters (their workload is not charged)",
                        report.inputs().missingClusters().isEmpty() ? "none"
                                : String.join("; ", report.inputs().missingClusters()) },
                { "OpenCost rows read (month to date and the lookback)", report.inputs().opencostRowsRead() },
                { "OpenCost rows quarantined", report.inputs().opencostRowsQuarantined() },
                { "OpenCost credit rows (negative TotalCost, charged as written)", report.inputs().creditRows() },
                { "  Their sum", report.inputs().credits() },
                { "OpenCost rows with an unknown figure (charged; left out of the rightsizing)",
                        report.inputs().rowsWithUnknownFigures() },
                { "Team labels naming no team (charged by namespace rules)",
                        report.inputs().invalidTeamLabels().isEmpty() ? "none"
                                : report.inputs().invalidTeamLabels(Integer.MAX_VALUE, report.currency()) },
                { "Log Analytics rows read (month to date and the lookback)", report.inputs().logRowsRead() },
                { "Log Analytics rows quarantined", report.inputs().logRowsQuarantined() },
                { "Potential savings a month (gross)", report.rightsizing().potentialSavings() },
                { "  Containers to downsize (" + rightsizing.containers(RequestAction.DOWNSIZE).size() + ")",
                        rightsizing.savings(RequestAction.DOWNSIZE) },
                { "  Abandoned workloads (" + rightsizing.containers(RequestAction.ABANDONED).size() + ")",
                        rightsizing.savings(RequestAction.ABANDONED) },
                { "  Containers to resize, saving (" + rightsizing.containers(RequestAction.RESIZE)
                    .stream()
                    .filter(c -> c.monthlySavings().signum() > 0)
                    .count() + ")", rightsizing.resizeSavings() },
                { "  Log table plans (" + rightsizing.tableChanges().size() + ")", rightsizing.tableSavings() },
                { "Containers at risk, to upsize or resize (" + (rightsizing.containers(RequestAction.UPSIZE).size()
                        + rightsizing.containers(RequestAction.RESIZE).size()) + "): cost a month",
                        rightsizing.atRiskCost() },
                { "Every change applied: the chargeback's change a month", report.rightsizingChargebackChange() },
                { "Containers seen / not judged (too few days, or gone)",
                        report.inputs().containersSeen() + " / " + report.inputs().containersNotJudged() },
                { "Compliance findings: pass / warn / fail / not applicable",
                        report.findings(Status.PASS) + " / " + report.findings(Status.WARN) + " / "
                                + report.findings(Status.FAIL) + " / " + report.findings(Status.NOT_APPLICABLE) },
                { "How costs are shared", "see the sheet 'How to read'" }, };
        int labelWidth = 0;
        for (int i = 0; i < lines.length; i++) {
            Row row = sheet.createRow(i);
            Cell label = row.createCell(0);
            label.setCellValue((String) lines[i][0]);
            label.setCellStyle(styles.bold);
            labelWidth = Math.max(labelWidth, ((String) lines[i][0]).length());
            Cell value = row.createCell(1);
            WorkbookTables.set(value, lines[i][1], styles);
            if (lines[i][1] instanceof String text && text.length() > SUMMARY_TEXT_WIDTH) {
                value.setCellStyle(styles.wrapped);
            }
        }
        // Every label whole; a long text wraps within its column rather than running off
        // the page.
        sheet.setColumnWidth(0, (labelWidth + 2) * 256);
        sheet.setColumnWidth(1, SUMMARY_TEXT_WIDTH * 256);
        WorkbookTables.printSetup(sheet, true);
    }

    /**
     * Per cluster and bucket, the month's bill over the days it covers beside OpenCost's
     * allocation and the idle rest, then each workspace's bill: their sum is what the
     * bill charged this job's resources, to tick on the invoice. The next sheet has the
     * same bill by resource type, with how many of the bill's rows each type had.
     */
    private static void invoice(SXSSFWorkbook workbook, Styles styles, MonthlyReport report) {
        Billing billing = report.billing();
        List<Object[]> rows = new ArrayList<>();
        billing.invoice()
            .forEach(line -> rows
                .add(new Object[] { line.cluster(), line.bucket(), line.billed(), line.allocated(), line.idle() }));
        billing.workspaces()
            .forEach((workspace, billed) -> rows.add(new Object[] { workspace, "log-analytics", billed, null, null }));
        billing.corrections()
            .forEach(line -> rows.add(new Object[] { line.billedOn(),
                    line.bucket() + ": correction of " + line.correctedFrom() + " to " + line.correctedThrough(),
                    line.amount(), null, null }));

        WorkbookTables.table(workbook, styles, "Invoice",
                List.of("Cluster or workspace", "Bucket", "Billed", "Allocated by OpenCost", "Idle"), rows, row -> row);
        InvoiceBridgeLines.of(report)
            .ifPresent(bridge -> invoiceBridge(workbook.getSheet("Invoice"), styles, report, bridge));
        WorkbookTables.table(workbook, styles, "Invoice by resource type",
                List.of("Resource type", "Bill rows", "Billed"), billing.byResourceType(),
                (ResourceTypeBill type) -> new Object[] { type.resourceType(), type.rows(), type.billed() });
    }

    /**
     * Under the Invoice sheet's lines, the bridge from the invoice to the chargeback,
     * each line's amount in the charged cost column and the bill's lines in the other
     * beside; then the billing period, the invoices and the subscriptions.
     */
    private static void invoiceBridge(SXSSFSheet sheet, Styles styles, MonthlyReport report,
            InvoiceBridgeLines bridge) {
        int r = sheet.getLastRowNum() + 2;
        Row header = sheet.createRow(r++);
        String[] headings = { "Invoice bridge", "", bridge.bridge().costColumn() + " (charged)",
                bridge.bridge().otherColumn() };
        for (int c = 0; c < headings.length; c++) {
            Cell cell = header.createCell(c);
            cell.setCellValue(headings[c]);
            cell.setCellStyle(styles.header);
        }
        for (InvoiceBridgeLines.BridgeLine line : bridge.lines()) {
            Row row = sheet.createRow(r++);
            WorkbookTables.set(row.createCell(0), line.label(), styles);
            if (line.subtotal()) {
                row.getCell(0).setCellStyle(styles.bold);
            }
            WorkbookTables.set(row.createCell(2), line.charged(), styles);
            WorkbookTables.set(row.createCell(3), line.other(), styles);
        }
        Object[][] facts = {
                { "Billing period", report.month() + " (billed through " + report.billing().billedThrough() + ")" },
                { "Invoices",
                        bridge.bridge().invoiceIds().isEmpty() ? "none on the bill (an EA, or not invoiced yet)"
                                : String.join(", ", bridge.bridge().invoiceIds()) },
                { "Subscriptions", String.join(", ", bridge.bridge().subscriptions()) } };
        r++;
        for (Object[] fact : facts) {
            Row row = sheet.createRow(r++);
            WorkbookTables.set(row.createCell(0), fact[0], styles);
            row.getCell(0).setCellStyle(styles.bold);
            WorkbookTables.set(row.createCell(1), fact[1], styles);
        }
    }

    /**
     * What each team's cost buys, first over all its namespaces, then per namespace of
     * each cluster: the money columns add up to its cost; the efficiencies are usage over
     * requests of its containers, over the rightsizing's lookback.
     */
    private static void resources(SXSSFWorkbook workbook, Styles styles, MonthlyReport report) {
        List<Object[]> rows = new ArrayList<>();
        report.resourcesByTeam().forEach(r -> rows.add(resourceRow(r, ALL, ALL)));
        report.teams()
            .forEach(t -> report.resourcesOf(t.team())
                .forEach(r -> rows.add(resourceRow(r, r.cluster(), r.namespace()))));
        WorkbookTables.table(workbook, styles, "What the money buys",
                List.of("Team", "Cluster", "Namespace", "CPU", "Memory", "GPU", "Compute not split", "Storage",
                        "Network", "Other", "Idle", "Logs and monitoring", "Corrections of earlier periods", "Cost",
                        "CPU used of requested", "Memory used of requested"),
                rows, row -> row, new TotalOf(1, ALL));
    }

    /**
     * A row whose money columns add up to its cost; compute in CPU, memory and GPU, or
     * whole where not split.
     */
    private static Object[] resourceRow(ResourceCost r, String cluster, String namespace) {
        boolean split = r.cpu() != null;
        return new Object[] { r.team(), cluster, namespace, r.cpu(), r.memory(), r.gpu(), split ? null : r.compute(),
                r.storage(), r.network(), r.other(), r.idle(), r.logs(), r.corrections(), r.cost(),
                r.cpuEfficiency() == null ? null : new Share(r.cpuEfficiency()),
                r.ramEfficiency() == null ? null : new Share(r.ramEfficiency()) };
    }

    /**
     * Every team and namespace beside last month's like-for-like cost, biggest change
     * first.
     */
    private static void movers(SXSSFWorkbook workbook, Styles styles, MonthlyReport report) {
        List<Object[]> rows = new ArrayList<>();
        report.teamMovers().forEach(m -> rows.add(moverRow("team", m.key(), m)));
        report.namespaceMovers().forEach(m -> rows.add(moverRow("namespace", m.key().label(), m)));
        report.teamNamespaceMovers().forEach(m -> rows.add(moverRow("team · namespace", m.key().label(), m)));
        String base = report.comparedPeriod() == null ? "Last month" : "Last month (" + report.comparedPeriod() + ")";
        WorkbookTables.table(workbook, styles, "Movers",
                List.of("Kind", "Team, or cluster / namespace", base, "This period", "Change", "Change %"), rows,
                row -> row, new TotalOf(0, "team"));
    }

    /**
     * The amount when it is above zero, else nothing: a saving and a cost each in a
     * column of its own, both positive, so that neither reads as a negative of the other.
     */
    private static BigDecimal positive(BigDecimal amount) {
        return amount.signum() > 0 ? amount : null;
    }

    /**
     * A mover's row; a change in percent only where there is a base (a new item's cell is
     * empty).
     */
    private static Object[] moverRow(String kind, String name, Mover<?> m) {
        return new Object[] { kind, name, m.before(), m.now(), m.change(), share(m.percent()) };
    }

    /** A change as a percent cell, none without a base. */
    private static Share share(Double fraction) {
        return fraction == null ? null : new Share(fraction);
    }

    /**
     * Each cluster against each day of the period: the OpenCost rows read, or "missing"
     * where there were none.
     */
    private static void coverage(SXSSFWorkbook workbook, Styles styles, Coverage coverage) {
        List<String> headers = new ArrayList<>(List.of("Cluster", "Days without data"));
        coverage.days().forEach(day -> headers.add(day.toString()));
        WorkbookTables.table(workbook, styles, "Coverage", headers, List.copyOf(coverage.rowsRead().keySet()),
                cluster -> {
                    List<Object> cells = new ArrayList<>(
                            List.of(cluster, (long) coverage.gaps().getOrDefault(cluster, List.of()).size()));
                    coverage.days().forEach(day -> {
                        long rows = coverage.rows(cluster, day);
                        cells.add(rows == 0 ? "missing" : rows == Coverage.UNCOUNTED ? "data" : (Object) rows);
                    });
                    return cells.toArray();
                });
    }

    private static void rightsizing(SXSSFWorkbook workbook, Styles styles, MonthlyReport report) {
        Rightsizing rightsizing = report.rightsizing();
        WorkbookTables
            .table(workbook, styles, "Rightsizing", List.of("Team", "Cluster", "Namespace", "Controller kind",
                    "Controller", "Container", "Action", "Saving a month", "Cost a month", "Change", "Days observed",
                    "CPU request", "CPU avg", "CPU peak daily", "CPU recommended", "Memory request MiB",
                    "Memory avg MiB", "Memory peak daily MiB", "Memory recommended MiB", "Reason"),
                    rightsizing.containers(),
                    (ContainerRecommendation r) -> new Object[] { r.team(), r.key().cluster(), r.key().namespace(),
                            r.key().controllerKind(), r.key().controller(), r.key().container(), r.action().value(),
                            positive(r.monthlySavings()), positive(r.monthlySavings().negate()),
                            ChangeCommands.forContainer(r), (long) r.daysObserved(), new Cores(r.cpuRequestCores()),
                            new Cores(r.cpuUsageAvgCores()), new Cores(r.cpuUsagePeakDailyCores()),
                            new Cores(r.cpuRecommendedCores()), new Mebibytes(r.ramRequestBytes()),
                            new Mebibytes(r.ramUsageAvgBytes()), new Mebibytes(r.ramUsagePeakDailyBytes()),
                            new Mebibytes(r.ramRecommendedBytes()), r.reason() });
        WorkbookTables.table(workbook, styles, "Log tables",
                List.of("Workspace", "Table", "Plan", "Recommended plan", "Saving a month",
                        "Charged total's change a month", "Change", "Billable GB (lookback)", "Cost (lookback)",
                        "Queries (lookback)", "Scanned GB (lookback)", "Query cost on Basic (lookback)", "Reason"),
                rightsizing.tables(),
                (TablePlanRecommendation t) -> new Object[] { t.usage().workspace(), t.usage().table(),
                        t.usage().plan(), t.recommendedPlan(), t.monthlySavings(), report.tableChargebackChange(t),
                        ChangeCommands.forTable(t), new Gigabytes(t.usage().billableGb()), t.usage().cost(),
                        t.usage().queries(),
                        t.usage().scannedGb() == null ? null : new Gigabytes(t.usage().scannedGb()), t.queryCost(),
                        t.reason() });
    }

    /**
     * A matrix of every cluster against every check, then each finding with its evidence.
     */
    private static void compliance(SXSSFWorkbook workbook, Styles styles, List<Finding> findings) {
        List<String> checks = findings.stream().map(Finding::check).distinct().toList();
        Map<String, Map<String, String>> statusByCluster = new LinkedHashMap<>();
        findings.forEach(f -> statusByCluster.computeIfAbsent(f.cluster(), c -> new LinkedHashMap<>())
            .put(f.check(), f.status().value()));
        List<String> headers = new ArrayList<>(List.of("Cluster"));
        headers.addAll(checks);
        WorkbookTables.table(workbook, styles, "Compliance", headers, List.copyOf(statusByCluster.entrySet()),
                cluster -> {
                    List<Object> cells = new ArrayList<>(List.of(cluster.getKey()));
                    checks.forEach(check -> cells.add(cluster.getValue().get(check)));
                    return cells.toArray();
                });
        WorkbookTables.table(workbook, styles, "Compliance findings",
                List.of("Cluster", "Check", "Status", "Severity", "Detail"), findings, (Finding f) -> new Object[] {
                        f.cluster(), f.check(), f.status().value(), f.severity().value(), f.detail() });
    }

    private static void howToRead(SXSSFWorkbook workbook, Styles styles, List<String> paragraphs) {
        SXSSFSheet sheet = workbook.createSheet("How to read");
        sheet.setColumnWidth(0, 120 * 256);
        WorkbookTables.printSetup(sheet, true);
        for (int i = 0; i < paragraphs.size(); i++) {
            Cell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(paragraphs.get(i));
            cell.setCellStyle(styles.wrapped);
        }
    }

}
