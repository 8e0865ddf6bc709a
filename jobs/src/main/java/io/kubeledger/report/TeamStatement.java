package io.kubeledger.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.kubeledger.ingest.LogIngestionTasklet;
import io.kubeledger.lake.Budgets;
import io.kubeledger.lake.TableIngestion;
import io.kubeledger.report.MonthlyReport.TeamCost;
import io.kubeledger.report.MonthlyReport.TeamLine;
import io.kubeledger.report.PdfDocument.Line;
import io.kubeledger.rightsizing.ContainerRecommendation;

/**
 * One team's statement: its cost by kind, cluster and namespace, the shares of shared
 * costs it received and why, and its rightsizing recommendations. It is built from that
 * team's lines only, so it names no other team's namespace.
 */
final class TeamStatement {

    /** The changes against last month a statement lists, the biggest. */
    private static final int CHANGES_LISTED = 10;

    /** The table of the container logs, which a team's own namespaces write. */
    private static final String CONTAINER_LOGS = LogIngestionTasklet.CONTAINER_LOG_TABLE;

    private static final String SHARED = "shared";

    private static final String DIRECT = "direct";

    private static final String WORKLOAD = "workload";

    private static final int NAMESPACES_NAMED = 5;

    private TeamStatement() {
    }

    static PdfDocument document(MonthlyReport report, TeamCost team) {
        List<TeamLine> own = report.teamLines().stream().filter(l -> l.team().equals(team.team())).toList();
        String missing = report.inputs().missingNotice();
        return new PdfDocument("kubeledger · statement of " + team.team(), report.month().toString(),
                report.reportDate(), report.words().statusAndBill(), report.currency(), report.printedCost(team),
                headlines(report, team),
                (missing == null ? "" : missing + " ") + report.coverage().notice() + " "
                        + report.billing().headline(report.reportDate()) + " This statement shows the costs charged to "
                        + team.team() + (team.costCenter() == null ? "" : " (cost center " + team.costCenter() + ")")
                        + ". "
                        + (team.registered() ? ""
                                : team.team() + " is not a configured team: a team label names it, "
                                        + "so its costs are charged to it, but no owner receives this statement.")
                        + takenByOthers(report, team.team()),
                HeadlineChart.of(report, team.team()), lines(report, team, own));
    }

    /**
     * The namespaces whose workload the team shares with other teams through team labels:
     * either its namespace's pods labelled for another team, or its labelled pods in
     * another team's namespace. Each team is told who else pays there and how much; the
     * first {@value #NAMESPACES_NAMED} namespaces are named.
     */
    private static String takenByOthers(MonthlyReport report, String team) {
        Map<String, Map<String, BigDecimal>> others = new LinkedHashMap<>();
        List<TeamLine> direct = report.teamLines()
            .stream()
            .filter(l -> l.allocation().equals(DIRECT) && l.costKind().equals(WORKLOAD))
            .toList();
        Set<String> own = direct.stream()
            .filter(l -> l.team().equals(team))
            .map(l -> l.cluster() + " / " + l.namespace())
            .collect(Collectors.toCollection(TreeSet::new));
        direct.stream()
            .filter(l -> !l.team().equals(team) && own.contains(l.cluster() + " / " + l.namespace()))
            .forEach(l -> others.computeIfAbsent(l.cluster() + " / " + l.namespace(), n -> new TreeMap<>())
                .merge(l.team(), l.cost(), BigDecimal::add));
        if (others.isEmpty()) {
            return "";
        }
        String named = others.entrySet()
            .stream()
            .limit(NAMESPACES_NAMED)
            .map(e -> e.getKey() + ": "
                    + e.getValue()
                        .entrySet()
                        .stream()
                        .map(o -> String.format(Locale.ROOT, "%s %,.2f", o.getKey(), o.getValue()))
                        .collect(Collectors.joining(", ")))
            .collect(Collectors.joining("; "));
        return " Team labels split the workload of " + others.size() + " of " + team + "'s namespaces with other "
                + "teams, who pay their labelled pods there: " + named
                + (others.size() > NAMESPACES_NAMED ? "; and " + (others.size() - NAMESPACES_NAMED) + " more" : "")
                + ".";
    }

    /**
     * The first page's headline figures: against last month, the forecast, the budget,
     * what it could save.
     */
    private static List<String> headlines(MonthlyReport report, TeamCost team) {
        List<String> headlines = new ArrayList<>();
        Stream.of(report.words().comparison(team.team()), report.words().forecastLine(team.cost(), team.corrections()))
            .filter(Objects::nonNull)
            .forEach(headlines::add);
        Budgets.Use budget = report.budgetUse(team.team());
        if (budget != null) {
            headlines.add("Budget " + budget.describe(report.currency()));
        }
        List<ContainerRecommendation> changes = report.rightsizing().changesOf(team.team());
        long upsizes = changes.stream().filter(r -> r.monthlySavings().signum() <= 0).count();
        headlines.add(String.format(Locale.ROOT,
                "Rightsizing: %d change(s) save %,.2f %s a month; %d at risk would " + "cost %,.2f more",
                changes.size() - upsizes, report.rightsizing().potentialSavingsOf(team.team()), report.currency(),
                upsizes, report.rightsizing().upsizeCostOf(team.team())));
        return headlines;
    }

    /**
     * The log lever: per workspace, what the team's own namespaces' container logs cost,
     * about how many GB of the table that is (its share of the table's cost), what 10 %
     * fewer log lines save, and its share of what the table's recommended plan would
     * save.
     */
    private static void logLever(MonthlyReport report, String team, List<Line> lines) {
        String section = "The log lever: the container logs of " + team;
        List<Line> levers = new ArrayList<>();
        report.teamLogs().stream().filter(logs -> logs.team().equals(team) && logs.own().signum() > 0).forEach(logs -> {
            Optional<TableIngestion> table = report.ingestion()
                .stream()
                .filter(i -> i.workspace().equals(logs.workspace()) && i.table().equals(CONTAINER_LOGS))
                .findFirst();
            String detail = table
                .map(t -> String.format(Locale.ROOT, "%s · about %,.1f of %,.1f GB", t.plan(),
                        t.billableGb().multiply(logs.share()), t.billableGb()))
                .orElse(null);
            StringBuilder note = new StringBuilder(
                    String.format(Locale.ROOT, "Every 10 %% fewer log lines " + "saves about %,.2f %s a month.",
                            logs.own().divide(BigDecimal.TEN), report.currency()));
            report.rightsizing()
                .tableChanges()
                .stream()
                .filter(t -> t.usage().workspace().equals(logs.workspace()) && t.usage().table().equals(CONTAINER_LOGS))
                .findFirst()
                .ifPresent(change -> note.append(String.format(Locale.ROOT,
                        " The table's move to %s, "
                                + "as recommended, would save this team's share, about %,.2f %s a month.",
                        change.recommendedPlan(), change.monthlySavings().multiply(logs.share()), report.currency())));
            levers.add(new Line(section, logs.workspace() + " / " + CONTAINER_LOGS, detail, logs.own(), null,
                    PdfDocument.COST, note.toString()));
        });
        lines.addAll(BoundedSection.of(levers, "workspaces"));
    }

    /**
     * The team's biggest changes against last month, per namespace of each cluster, on
     * the comparison's basis; a namespace new to the team that another team paid for last
     * month alone, or gone from it to another, says so (its owner changed).
     */
    private static void whatChanged(MonthlyReport report, String team, List<Line> lines) {
        if (report.comparedPeriod() == null) {
            return;
        }
        List<Mover<NamespaceKey>> all = report.teamNamespaceMovers();
        String section = "What changed against " + report.comparedPeriod();
        all.stream().filter(m -> m.key().team().equals(team)).limit(CHANGES_LISTED).forEach(m -> {
            NamespaceKey namespace = m.key().allTeams();
            boolean arrived = m.before().signum() == 0;
            boolean left = m.now().signum() == 0;
            List<String> others = all.stream()
                .filter(o -> !o.key().team().equals(team) && o.key().allTeams().equals(namespace)
                        && (arrived && o.now().signum() == 0 || left && o.before().signum() == 0))
                .map(o -> o.key().team())
                .toList();
            lines.add(new Line(section, namespace.displayed(), m.describe(), m.change(), null, "Change",
                    others.isEmpty() ? null : (arrived ? "Moved from " : "Moved to ") + String.join(", ", others)
                            + ": the namespace's owner changed."));
        });
    }

    /**
     * The statement's lines; each section of costs is printed to the cent adding up to
     * the team's printed total ({@link PrintedCents}), its namespaces and its shares of
     * shared costs together.
     */
    private static List<Line> lines(MonthlyReport report, TeamCost team, List<TeamLine> own) {
        List<Line> lines = new ArrayList<>();
        BigDecimal printedTotal = report.printedCost(team);
        List<Line> kinds = Stream.of(CostCategory.values())
            .map(category -> Line.cost("Cost by kind", category.statementLabel(), category.teamsPart(),
                    team.amount(category), share(team.amount(category), team)))
            .toList();
        printed(kinds, printedTotal).forEach(line -> Line.addIfNotZero(lines, line));
        List<Line> clusters = new ArrayList<>();
        sum(own, l -> l.cluster()).forEach(
                (cluster, cost) -> clusters.add(Line.cost("Cost by cluster", cluster, null, cost, share(cost, team))));
        lines.addAll(printed(BoundedSection.of(clusters, "clusters"), printedTotal));
        List<Line> namespaces = new ArrayList<>();
        sum(own.stream().filter(l -> !l.allocation().equals(SHARED)).toList(),
                l -> new NamespaceKind(l.cluster() + " / " + ReportNamespaces.display(l.namespace()), l.costKind()))
            .forEach((key, cost) -> namespaces
                .add(Line.cost("Cost by namespace", key.namespace(), key.kind(), cost, share(cost, team))));
        List<Line> shares = new ArrayList<>();
        sum(own.stream().filter(l -> l.allocation().equals(SHARED)).toList(),
                l -> new NamespaceKind(
                        l.cluster() + " / " + (l.namespace().isEmpty() ? "(" + l.costKind() + ")" : l.namespace()),
                        l.costKind()))
            .forEach((key, cost) -> shares.add(Line.cost("Shares of shared costs received (why: see the last section)",
                    key.namespace(), key.kind(), cost, share(cost, team))));
        List<Line> namespacesAndShares = new ArrayList<>(BoundedSection.of(namespaces, "namespaces"));
        namespacesAndShares.addAll(BoundedSection.of(shares, "shares"));
        lines.addAll(printed(namespacesAndShares, printedTotal));
        List<Line> buys = new ArrayList<>();
        report.resourcesOf(team.team())
            .forEach(r -> buys.add(new Line(ExecutiveReport.WHAT_THE_MONEY_BUYS,
                    r.cluster() + " / " + ReportNamespaces.display(r.namespace()), r.used(), r.cost(),
                    share(r.cost(), team), PdfDocument.COST, r.parts())));
        lines.addAll(printed(BoundedSection.of(buys, "namespaces"), printedTotal));
        List<ContainerRecommendation> changes = report.rightsizing().changesOf(team.team());
        changes(lines, "Rightsizing: what " + team.team() + " could save a month", "Savings", PdfDocument.SAVING,
                changes.stream().filter(r -> r.monthlySavings().signum() > 0).toList(), BigDecimal::abs,
                report.rightsizing().shownInAStatement());
        changes(lines, "Rightsizing: what the containers of " + team.team() + " at risk would cost a month",
                "Cost of the upsizes", PdfDocument.COST,
                changes.stream().filter(r -> r.monthlySavings().signum() <= 0).toList(), BigDecimal::negate,
                report.rightsizing().shownInAStatement());
        whatChanged(report, team.team(), lines);
        logLever(report, team.team(), lines);
        lines.addAll(ExecutiveReport.method(report, false));
        return lines;
    }

    /**
     * A section of changes, its sum first: the savings, or the costs of the upsizes, each
     * positive under its heading, so that no sum promises what its changes do not add up
     * to. The biggest changes are listed, then the rest as one line.
     */
    private static void changes(List<Line> lines, String section, String sumLabel, String heading,
            List<ContainerRecommendation> changes, UnaryOperator<BigDecimal> amount, int shown) {
        if (changes.isEmpty()) {
            return;
        }
        lines.add(new Line(section, sumLabel, changes.size() + " changes", sum(changes, amount), null, heading, null));
        changes.stream()
            .limit(shown)
            .forEach(r -> lines.add(RightsizingLines.container(section, r.key().container(), r)));
        if (changes.size() > shown) {
            List<ContainerRecommendation> rest = changes.subList(shown, changes.size());
            lines.add(new Line(section, "… and " + rest.size() + " smaller changes", "together", sum(rest, amount),
                    null, heading, null));
        }
    }

    private static BigDecimal sum(List<ContainerRecommendation> changes, UnaryOperator<BigDecimal> amount) {
        return changes.stream().map(r -> amount.apply(r.monthlySavings())).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** The lines with their amounts to the cent, adding up to the printed total. */
    private static List<Line> printed(List<Line> lines, BigDecimal printedTotal) {
        List<BigDecimal> amounts = PrintedCents.parts(lines.stream().map(Line::amount).toList(), printedTotal);
        List<Line> printed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            printed.add(new Line(line.section(), line.label(), line.detail(), amounts.get(i), line.share(),
                    line.amountHeading(), line.note(), line.command(), line.chart()));
        }
        return printed;
    }

    private static <K> Map<K, BigDecimal> sum(List<TeamLine> lines, Function<TeamLine, K> key) {
        Map<K, BigDecimal> sums = new LinkedHashMap<>();
        lines.forEach(l -> sums.merge(key.apply(l), l.cost(), BigDecimal::add));
        List<Map.Entry<K, BigDecimal>> sorted = new ArrayList<>(sums.entrySet());
        sorted.sort(Map.Entry.<K, BigDecimal>comparingByValue().reversed());
        Map<K, BigDecimal> result = new LinkedHashMap<>();
        sorted.forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    private static double share(BigDecimal cost, TeamCost team) {
        return team.cost().signum() == 0 ? 0 : cost.doubleValue() / team.cost().doubleValue();
    }

    /** A namespace's line as the statement prints it, and the kind of cost it is. */
    private record NamespaceKind(String namespace, String kind) {
    }

}
