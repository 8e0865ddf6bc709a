package io.kubeledger.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.kubeledger.compliance.Finding;
import io.kubeledger.compliance.Status;
import io.kubeledger.lake.Budgets;
import io.kubeledger.lake.InputCounts;
import io.kubeledger.report.MonthlyReport.ClusterCost;
import io.kubeledger.report.MonthlyReport.NamespaceCost;
import io.kubeledger.report.MonthlyReport.Rightsizing;
import io.kubeledger.report.MonthlyReport.TeamCost;
import io.kubeledger.report.PdfDocument.Line;
import io.kubeledger.rightsizing.RequestAction;

/**
 * The month's executive report: headline against last month, daily cost by team, cost by
 * team and kind, the biggest savings, compliance, clusters, Log Analytics and the top
 * namespaces, and how costs are split.
 */
final class ExecutiveReport {

    static final String TITLE = "kubeledger · Kubernetes chargeback";

    private static final int TOP_NAMESPACES = 40;

    /** The teams a shared namespace's line names; the others are counted. */
    private static final int PAYERS_NAMED = 2;

    private static final int TOP_SAVINGS = 10;

    private static final int TOP_MOVERS = 8;

    /** The other resources the invoice bridge names one by one; the rest are one line. */
    private static final int OTHERS_NAMED = 10;

    private static final BigDecimal CENT = new BigDecimal("0.01");

    private static final String CHANGE = "Change";
    static final String WHAT_THE_MONEY_BUYS = "What the money buys";

    /** The longest title a method paragraph opens with ("Container logs: ..."). */
    private static final int METHOD_TITLE = 20;

    private ExecutiveReport() {
    }

    static PdfDocument document(MonthlyReport report) {
        return new PdfDocument(TITLE, report.month().toString(), report.reportDate(), report.words().statusAndBill(),
                report.currency(), report.total(), headlines(report), notes(report), HeadlineChart.of(report, null),
                lines(report));
    }

    /**
     * The first page's headline figures, one a line: the fleet's row of figures (unowned,
     * idle, requests used), against last month, the forecast, the budget and the teams
     * over theirs, the invoice bridge, and what rightsizing would save and what the
     * containers at risk would cost.
     */
    private static List<String> headlines(MonthlyReport report) {
        List<String> headlines = new ArrayList<>(nonNull(report.words().fleetFigures(), report.words().comparison(null),
                report.words().forecastLine(report.total(), report.corrections())));
        Budgets.Use budget = report.budgetUse(null);
        if (budget != null) {
            headlines.add("Budget " + budget.describe(report.currency()));
        }
        List<String> overBudget = new ArrayList<>();
        report.teams().forEach(t -> {
            Budgets.Use use = report.budgetUse(t.team());
            if (use != null && use.flag() != null) {
                overBudget.add(t.team() + " " + use.flag().toLowerCase(Locale.ROOT));
            }
        });
        if (!overBudget.isEmpty()) {
            headlines.add("Teams over budget: " + String.join(", ", overBudget));
        }
        InvoiceBridgeLines.of(report).ifPresent(bridge -> headlines.add(bridge.headline(report)));
        Rightsizing rightsizing = report.rightsizing();
        headlines.add(String.format(Locale.ROOT, "Rightsizing: %,.2f %s a month to save (gross); the containers at "
                + "risk would cost %,.2f more; every change applied would change the chargeback by %+,.2f a month",
                rightsizing.potentialSavings(), report.currency(), rightsizing.atRiskCost(),
                report.rightsizingChargebackChange()));
        return headlines;
    }

    private static String notes(MonthlyReport report) {
        String missing = report.inputs().missingNotice();
        StringBuilder notes = new StringBuilder(missing == null ? "" : missing + " ").append(report.coverage().notice())
            .append(' ')
            .append(report.billing().headline(report.reportDate()))
            .append(' ');
        report.billing()
            .billBelowEstimateNotices(report.currency())
            .forEach(notice -> notes.append(notice).append(' '));
        String unowned = unowned(report);
        if (unowned != null) {
            notes.append(unowned).append(' ');
        }
        String billedWithoutWorkload = report.billing().billedWithoutWorkloadNotice();
        if (billedWithoutWorkload != null) {
            notes.append(billedWithoutWorkload).append(' ');
        }
        if (!report.unregisteredTeams().isEmpty()) {
            notes.append("Unregistered teams (named by a label, not configured): ")
                .append(String.join(", ", report.unregisteredTeams()))
                .append('.');
        }
        InputCounts inputs = report.inputs();
        notes.append(" OpenCost rows read (month to date and the rightsizing lookback): ")
            .append(inputs.opencostRowsRead())
            .append("; quarantined: ")
            .append(inputs.opencostRowsQuarantined())
            .append(". Log Analytics rows read: ")
            .append(inputs.logRowsRead())
            .append("; quarantined: ")
            .append(inputs.logRowsQuarantined())
            .append('.');
        String dataQuality = inputs.dataQualityNotice(report.currency());
        if (dataQuality != null) {
            notes.append(' ').append(dataQuality);
        }
        return notes.toString();
    }

    /**
     * The invoice bridge, line by line, the largest other resources named and the rest in
     * one line: a billing account's export can hold thousands (the workbook's Invoice
     * sheet names them all).
     */
    private static void invoiceBridge(MonthlyReport report, InvoiceBridgeLines bridge, List<Line> lines) {
        String section = "From the invoice to the chargeback (" + bridge.bridge().costColumn() + ", "
                + report.month().atDay(1) + " to " + report.billing().billedThrough() + ")";
        int others = 0;
        BigDecimal rest = BigDecimal.ZERO;
        for (InvoiceBridgeLines.BridgeLine line : bridge.lines()) {
            boolean other = !line.subtotal() && line.other() != null;
            if (other && others++ >= OTHERS_NAMED) {
                rest = rest.add(line.charged());
                continue;
            }
            if (!other && others > OTHERS_NAMED) {
                lines.add(Line.cost(section, "Less " + (others - OTHERS_NAMED) + " more other resources", null, rest,
                        report.share(rest)));
                others = 0;
            }
            lines.add(Line.cost(section, line.label(),
                    line.other() == null ? null
                            : String.format(Locale.ROOT, "%s %,.2f", bridge.bridge().otherColumn(), line.other()),
                    line.charged(), report.share(line.charged())));
        }
    }

    /**
     * One story of the log cost: what the month charges for Log Analytics, its ingestion
     * at the price list (listed table by table below it), and the rest, which only a
     * workspace's bill holds.
     */
    private static void logCost(MonthlyReport report, List<Line> lines) {
        String section = "Log Analytics: what is charged";
        lines.add(Line.cost(section, "Charged", "the teams' container-log and monitoring lines", report.chargedLogs(),
                report.share(report.chargedLogs())));
        lines.add(Line.cost(section, "Of which ingestion at the price list", "table by table below",
                report.ingestionTotal(), report.share(report.ingestionTotal())));
        if (report.logsBeyondPriceList().abs().compareTo(CENT) >= 0) {
            lines.add(Line.cost(section, "Of which the workspaces' bills beyond it",
                    "commitment tier, retention, " + "queries", report.logsBeyondPriceList(),
                    report.share(report.logsBeyondPriceList())));
        }
    }

    /**
     * The spend no configured team owns, team by team with the namespaces behind it, or
     * null when there is none.
     */
    private static String unowned(MonthlyReport report) {
        List<TeamCost> unowned = report.unownedTeams();
        if (unowned.isEmpty()) {
            return null;
        }
        // The sum of the teams' printed costs, so that the parts printed after it add up
        // to it.
        BigDecimal total = unowned.stream().map(report::printedCost).reduce(BigDecimal.ZERO, BigDecimal::add);
        return String.format(Locale.ROOT, "Unowned spend: %,.2f %s (%.1f %%): ", total, report.currency(),
                report.share(total) * 100)
                + unowned.stream()
                    .map(t -> String.format(Locale.ROOT, "%s %,.2f", t.team(), report.printedCost(t))
                            + (t.registered() ? "" : ", a team label naming no " + "configured team") + " ("
                            + namespacesOf(report, t.team()) + ")")
                    .collect(Collectors.joining("; "))
                + ".";
    }

    /**
     * The namespaces a team pays for, costliest first: the first two and how many more.
     */
    private static String namespacesOf(MonthlyReport report, String team) {
        List<String> namespaces = report.namespaces()
            .stream()
            .filter(n -> n.team().equals(team))
            .sorted(Comparator.comparing(NamespaceCost::cost, Comparator.reverseOrder()))
            .map(n -> n.cluster() + " / " + ReportNamespaces.display(n.namespace()))
            .toList();
        String named = String.join(", ", namespaces.subList(0, Math.min(PAYERS_NAMED, namespaces.size())));
        return namespaces.size() > PAYERS_NAMED ? named + " +" + (namespaces.size() - PAYERS_NAMED) + " more" : named;
    }

    private static List<Line> lines(MonthlyReport report) {
        List<Line> lines = new ArrayList<>();
        // Printed to the cent, the parts of each section adding up to the total printed
        // above them (PrintedCents).
        report.teams()
            .forEach(t -> lines.add(Line.cost("Cost per team", t.team(),
                    String.join(" · ",
                            nonNull(t.costCenter(), t.registered() ? null : "unregistered",
                                    report.words().changeOf(t.team(), t.cost()))),
                    report.printedCost(t), report.share(t.cost()))));
        charts(report, lines);
        report.teams().forEach(t -> {
            List<BigDecimal> printed = report.printedByCategory(t);
            for (CostCategory category : CostCategory.values()) {
                Line.addIfNotZero(lines, Line.cost("What each team pays for", t.team(), category.words(),
                        printed.get(category.ordinal()), report.share(t.amount(category))));
            }
        });
        lines.add(Line.chart(
                "Each team's cost by kind" + (report.teams().size() > ReportCharts.BARS
                        ? " (the " + ReportCharts.BARS + " costliest teams, the rest as one)" : ""),
                ReportCharts.kinds(ChartFigures.kinds(report), report.currency())));
        InvoiceBridgeLines.of(report).ifPresent(bridge -> invoiceBridge(report, bridge, lines));
        movers(report, lines);
        report.resourcesByTeam()
            .forEach(r -> lines.add(new Line(WHAT_THE_MONEY_BUYS, r.team(), r.used(),
                    report.printedCost(report.team(r.team()).orElseThrow()), report.share(r.cost()), PdfDocument.COST,
                    r.parts())));
        rightsizing(report, lines);
        unownedSavings(report, lines);
        compliance(report, lines);
        List<BigDecimal> clusterCosts = PrintedCents.parts(report.clusters().stream().map(ClusterCost::cost).toList(),
                PrintedCents.total(report.total()));
        List<Line> perCluster = new ArrayList<>();
        report.clusters().forEach(c -> {
            long quarantined = report.inputs().opencostQuarantined(c.cluster());
            perCluster.add(Line.cost("Cost per cluster", c.cluster(), String.join(" · ", nonNull(
                    c.billed().signum() == 0 && c.idle().signum() == 0 ? null
                            : String.format(Locale.ROOT, "billed %,.2f · to containers %,.2f · idle %,.2f (%.0f %%)",
                                    c.billed(), c.allocated(), c.idle(), c.idleShare() * 100),
                    quarantined == 0 ? null : quarantined + " OpenCost rows quarantined")),
                    clusterCosts.get(report.clusters().indexOf(c)), report.share(c.cost())));
        });
        lines.addAll(BoundedSection.inWorkbook(perCluster, "clusters", "Clusters"));
        List<ClusterCost> idle = ChartFigures.idle(report);
        if (!idle.isEmpty()) {
            lines.add(Line.chart(
                    "Idle capacity: each cluster's idle cost in percent of its bill" + (idle.size() > ReportCharts.BARS
                            ? " (the " + ReportCharts.BARS + " idlest of " + idle.size() + ")" : ""),
                    ReportCharts.idle(idle)));
        }
        logCost(report, lines);
        lines.addAll(BoundedSection.inWorkbook(report.ingestion()
            .stream()
            .map(i -> Line.cost("Log Analytics ingestion at the price list", i.workspace() + " / " + i.table(),
                    i.plan() + " · " + String.format(Locale.ROOT, "%,.3f GB", i.billableGb()), i.cost(),
                    report.share(i.cost())))
            .toList(), "tables", "Log ingestion"));
        topNamespaces(report, lines);
        lines.addAll(method(report, true));
        return lines;
    }

    /**
     * The charts after the cost per team: the daily cost by team, the trend over the
     * months the lake holds (when it holds an earlier one) and the budgets (when there
     * are any).
     */
    private static void charts(MonthlyReport report, List<Line> lines) {
        lines.add(Line.chart("Daily cost by team", ReportCharts.daily(report.daily(), report.currency())));
        List<MonthlyReport.MonthTotal> trend = ChartFigures.trend(report);
        if (trend.size() > 1) {
            lines.add(Line.chart("The months the lake holds, as each month's latest run charged it",
                    ReportCharts.trend(trend, report.currency())));
        }
        List<ChartFigures.BudgetBar> budgets = ChartFigures.budgets(report);
        if (!budgets.isEmpty()) {
            lines.add(
                    Line.chart(
                            "Budgets: the month to date" + (report.complete() ? "" : " and its forecast")
                                    + " in percent of each budget" + (budgets.size() > ReportCharts.BARS
                                            ? " (the first " + ReportCharts.BARS + ")" : ""),
                            ReportCharts.budgets(budgets)));
        }
    }

    /**
     * The last section of every PDF: how costs are charged, split and rounded, how the
     * comparison with last month and the forecast are made. The first page carries the
     * figures; the method comes last. {@code withWorkbook}: the reader has the workbook
     * too (finance does; a team lead has only its statement).
     */
    static List<Line> method(MonthlyReport report, boolean withWorkbook) {
        String section = "How costs are split, compared and forecast";
        List<String> paragraphs = new ArrayList<>(report.explanation());
        paragraphs.add("Against last month: a month to date is compared with the same days of last month, a whole "
                + "month with the whole of last month. Totals are compared only where both periods have every "
                + "cluster's data on every day; otherwise the cost per day of data is, and the headline says so.");
        paragraphs.add("What the money buys: each team's or namespace's cost as parts: its workload by the bill's "
                + "buckets (compute split into CPU, memory and GPU in the proportions of the namespace's OpenCost "
                + "costs; other is what OpenCost's TotalCost has beyond the named costs), its idle capacity, and its "
                + "container logs and monitoring. Used: what its containers "
                + "use of what they request (CPU and memory, averages over the rightsizing's lookback)."
                + (withWorkbook ? " The workbook's 'What the money buys' sheet has every team and namespace, its "
                        + "Movers sheet every change." : ""));
        paragraphs.add("Forecast: the month to date plus its cost per day of data for each day left in the month (the "
                + "run rate of the days with data), corrections of earlier periods counted once.");
        paragraphs.add("Comparisons: on one basis; where one month is reconciled with the bill and the other an "
                + "estimate, on OpenCost's allocation alone: logs at their priced ingestion, idle cost and corrections "
                + "left out on both sides.");
        return paragraphs.stream().map(paragraph -> {
            int colon = paragraph.indexOf(": ");
            boolean titled = colon > 0 && colon <= METHOD_TITLE;
            return Line.text(section, titled ? paragraph.substring(0, colon) : "Rounding", null,
                    titled ? paragraph.substring(colon + 2) : paragraph);
        }).toList();
    }

    /**
     * The namespaces of each cluster ranked by their whole cost, each once, with the
     * teams that pay for it: a shared namespace split among six teams is one namespace,
     * not six lines.
     */
    private static void topNamespaces(MonthlyReport report, List<Line> lines) {
        Map<List<String>, List<NamespaceCost>> byNamespace = report.namespaces()
            .stream()
            .collect(Collectors.groupingBy(n -> List.of(n.cluster(), n.namespace()), LinkedHashMap::new,
                    Collectors.toList()));
        String section = "Top namespaces" + (byNamespace.size() > TOP_NAMESPACES
                ? " (" + TOP_NAMESPACES + " of " + byNamespace.size() + "; all in the workbook, by team)" : "");
        byNamespace.values()
            .stream()
            .sorted(Comparator.comparing(ExecutiveReport::total, Comparator.reverseOrder()))
            .limit(TOP_NAMESPACES)
            .forEach(teams -> lines.add(Line.cost(section,
                    teams.get(0).cluster() + " / " + ReportNamespaces.display(teams.get(0).namespace()), payers(teams),
                    total(teams), report.share(total(teams)))));
    }

    private static BigDecimal total(List<NamespaceCost> teams) {
        return teams.stream().map(NamespaceCost::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The team that pays for a namespace, or the two that pay most with their shares and
     * how many others pay.
     */
    private static String payers(List<NamespaceCost> teams) {
        if (teams.size() == 1) {
            return teams.get(0).team();
        }
        BigDecimal total = total(teams);
        List<NamespaceCost> costliest = teams.stream()
            .sorted(Comparator.comparing(NamespaceCost::cost, Comparator.reverseOrder()))
            .toList();
        String named = costliest.stream()
            .limit(PAYERS_NAMED)
            .map(n -> total.signum() == 0 ? n.team()
                    : String.format(Locale.ROOT, "%s %.0f%%", n.team(),
                            n.cost().doubleValue() * 100 / total.doubleValue()))
            .collect(Collectors.joining(", "));
        return teams.size() > PAYERS_NAMED ? named + " +" + (teams.size() - PAYERS_NAMED) + " more" : named;
    }

    /**
     * The teams and the namespaces whose cost changed most against last month, up or
     * down.
     */
    private static void movers(MonthlyReport report, List<Line> lines) {
        String section = "Top movers against " + report.comparedPeriod();
        report.teamMovers()
            .stream()
            .limit(TOP_MOVERS)
            .forEach(
                    m -> lines.add(new Line(section, "team " + m.key(), m.describe(), m.change(), null, CHANGE, null)));
        report.namespaceMovers()
            .stream()
            .limit(TOP_MOVERS)
            .forEach(m -> lines
                .add(new Line(section, m.key().displayed(), m.describe(), m.change(), null, CHANGE, null)));
    }

    /**
     * What could be saved, then the biggest savings and the table plans, each with how to
     * apply it.
     */
    private static void rightsizing(MonthlyReport report, List<Line> lines) {
        Rightsizing rightsizing = report.rightsizing();
        String summary = "Rightsizing: what could be saved a month";
        lines.add(Line.saving(summary, "Containers to downsize",
                rightsizing.containers(RequestAction.DOWNSIZE).size() + " containers",
                rightsizing.savings(RequestAction.DOWNSIZE), null));
        lines.add(Line.saving(summary, "Abandoned workloads",
                rightsizing.containers(RequestAction.ABANDONED).size() + " containers",
                rightsizing.savings(RequestAction.ABANDONED), null));
        lines.add(Line.saving(summary, "Containers to resize", "one resource down, the other up, saving money",
                rightsizing.resizeSavings(), null));
        lines.add(Line.saving(summary, "Log Analytics table plans", rightsizing.tableChanges().size() + " tables",
                rightsizing.tableSavings(),
                "On the bill, ingestion and query charges together; a billed workspace's "
                        + "charge is its bill, an estimated one's its ingestion at the price list, so a move to "
                        + "Analytics that saves query charges raises an estimate."));
        lines.add(Line.saving(summary, "Potential savings (gross)", null, rightsizing.potentialSavings(), null));
        lines.add(new Line(summary, "Every change applied: the chargeback's change",
                "savings, costs and the table " + "plans' charge", report.rightsizingChargebackChange(), null, CHANGE,
                null));
        // A cost, printed as one (positive, under a cost heading) rather than as a
        // negative saving.
        lines.add(new Line("Rightsizing: what the containers at risk would cost a month",
                "Containers to upsize or " + "resize",
                (rightsizing.containers(RequestAction.UPSIZE).size()
                        + rightsizing.containers(RequestAction.RESIZE).size()) + " containers",
                rightsizing.atRiskCost(), null, PdfDocument.COST,
                "Their usage exceeds their requests or leaves too little headroom; raising their requests costs this "
                        + "much a month more."));
        String biggest = "Rightsizing: the " + TOP_SAVINGS + " biggest savings (every team's in its statement)";
        rightsizing.containers()
            .stream()
            .filter(r -> r.monthlySavings().signum() > 0)
            .limit(TOP_SAVINGS)
            .forEach(r -> lines.add(RightsizingLines.container(biggest, r.team() + " · " + r.key().container(), r)));
        lines.addAll(BoundedSection.inWorkbook(rightsizing.tableChanges()
            .stream()
            .map(t -> RightsizingLines.table("Rightsizing: Log Analytics table plans", t,
                    report.tableChargebackChange(t), report.billedWorkspace(t)))
            .toList(), "tables", "Log tables"));
    }

    /**
     * What the spend no configured team owns could save: no statement goes to these
     * teams, so their savings are listed here, with the namespaces to act on.
     */
    private static void unownedSavings(MonthlyReport report, List<Line> lines) {
        String section = "Rightsizing of unowned spend (no statement goes to these teams)";
        report.unownedTeams()
            .stream()
            .filter(t -> !report.rightsizing().changesOf(t.team()).isEmpty())
            .forEach(t -> lines
                .add(Line.saving(section, t.team(), report.rightsizing().changesOf(t.team()).size() + " changes",
                        report.rightsizing().potentialSavingsOf(t.team()),
                        "Its namespaces: " + namespacesOf(report, t.team())
                                + "; every change is in the workbook's Rightsizing " + "sheet (filter Team = "
                                + t.team() + ")")));
    }

    /**
     * Each cluster's tally, then every warning and failure with its evidence, failures
     * and high severity first.
     */
    private static void compliance(MonthlyReport report, List<Line> lines) {
        String summary = "Compliance: control-plane logs and the audit archive";
        Map<String, List<Finding>> byCluster = new LinkedHashMap<>();
        report.compliance().forEach(f -> byCluster.computeIfAbsent(f.cluster(), c -> new ArrayList<>()).add(f));
        List<Line> tallies = new ArrayList<>();
        byCluster.forEach((cluster, findings) -> tallies.add(Line.text(summary, cluster, tally(findings), null)));
        lines.addAll(BoundedSection.inWorkbook(tallies, "clusters", "Compliance"));
        String attention = "Compliance: what needs attention";
        lines.addAll(BoundedSection.inWorkbook(report.compliance()
            .stream()
            .filter(f -> f.status() == Status.FAIL || f.status() == Status.WARN)
            .sorted(Comparator.comparing((Finding f) -> f.status() != Status.FAIL)
                .thenComparing(f -> f.severity().ordinal(), Comparator.reverseOrder()))
            .map(f -> Line.text(attention, f.cluster() + " · " + f.check(),
                    f.status().value() + " · " + f.severity().value(), f.detail()))
            .toList(), "findings", "Compliance findings"));
    }

    private static String tally(List<Finding> findings) {
        return Arrays.stream(Status.values())
            .filter(s -> findings.stream().anyMatch(f -> f.status() == s))
            .map(s -> findings.stream().filter(f -> f.status() == s).count() + " " + s.value())
            .collect(Collectors.joining(" · "));
    }

    private static List<String> nonNull(String... parts) {
        return Arrays.stream(parts).filter(part -> part != null && !part.isEmpty()).toList();
    }

}
