package io.kubeledger.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.kubeledger.chargeback.TeamAssignment;
import io.kubeledger.compliance.Finding;
import io.kubeledger.compliance.Status;
import io.kubeledger.config.KubeledgerProperties;
import io.kubeledger.lake.Billing;
import io.kubeledger.lake.Budgets;
import io.kubeledger.lake.InputCounts;
import io.kubeledger.lake.TableIngestion;
import io.kubeledger.rightsizing.ContainerRecommendation;
import io.kubeledger.rightsizing.RequestAction;
import io.kubeledger.rightsizing.TablePlanRecommendation;

/**
 * What the month's reports show, read once from the run's chargeback lines so that the
 * workbook and the PDF agree with each other and with the lake. {@code complete} is true
 * when the month has ended; the report is final when its data also covers every cluster's
 * every day ({@code coverage}). {@code billedTotal} is the part of {@code total} on days
 * reconciled with the bill. {@code history}: the earlier months the lake holds for the
 * trend, oldest first.
 */
public record MonthlyReport(YearMonth month, LocalDate reportDate, boolean complete, String currency, BigDecimal total,
        BigDecimal billedTotal, List<TeamCost> teams, List<ClusterCost> clusters, List<NamespaceCost> namespaces,
        List<DailyCost> daily, List<TableIngestion> ingestion, List<String> explanation, InputCounts inputs,
        Rightsizing rightsizing, List<Finding> compliance, List<TeamLine> teamLines, LastMonth lastMonth,
        Billing billing, Coverage coverage, Budgets budgets, List<ResourceCost> resources, List<TeamLogs> teamLogs,
        List<MonthTotal> history) {

    /**
     * What a team pays for its own namespaces' container logs in a workspace
     * ({@code own}), beside what all teams pay for that workspace's container logs
     * ({@code workspaceTotal}).
     */
    public record TeamLogs(String team, String workspace, BigDecimal own, BigDecimal workspaceTotal) {

        /** The team's share of the workspace's container logs. */
        public BigDecimal share() {
            return workspaceTotal.signum() == 0 ? BigDecimal.ZERO
                    : own.divide(workspaceTotal, 12, RoundingMode.HALF_EVEN);
        }
    }

    /**
     * A team's month, by what it pays for ({@code amounts}, absent where nothing);
     * {@code cost} is their sum. {@code corrections} (of earlier periods, on this month's
     * bill) recur on no day, so the forecast leaves them out of the run rate.
     * {@code allocation}: the cost at the price list (the lake's {@code ListCost}), on
     * which a billed month and an estimated one compare.
     */
    public record TeamCost(String team, String costCenter, boolean registered, Map<CostCategory, BigDecimal> amounts,
            BigDecimal cost, BigDecimal allocation) {

        public TeamCost {
            amounts = Map.copyOf(amounts);
        }

        public BigDecimal amount(CostCategory category) {
            return amounts.getOrDefault(category, BigDecimal.ZERO);
        }

        /** Every category's amount, in the categories' order. */
        public List<BigDecimal> byCategory() {
            return Stream.of(CostCategory.values()).map(this::amount).toList();
        }

        public BigDecimal corrections() {
            return amount(CostCategory.CORRECTIONS);
        }
    }

    /**
     * The run's recommendations, each list biggest saving first, and each team's changes,
     * grouped once: every team's statement lists its own, and a fleet has thousands of
     * containers.
     */
    public record Rightsizing(List<ContainerRecommendation> containers, List<TablePlanRecommendation> tables,
            Map<String, List<ContainerRecommendation>> changesByTeam, int shownInAStatement) {

        /**
         * {@code shownInAStatement}: the changes a team statement lists, biggest effect
         * first ({@code reports.statement-changes}): a team reads a few pages, not a
         * fleet's worth (a large team's list runs to hundreds); the workbook has them
         * all.
         */
        public Rightsizing(List<ContainerRecommendation> containers, List<TablePlanRecommendation> tables,
                int shownInAStatement) {
            this(containers, tables, changesByTeam(containers), shownInAStatement);
        }

        public List<ContainerRecommendation> containers(RequestAction action) {
            return containers.stream().filter(c -> c.action() == action).toList();
        }

        public BigDecimal savings(RequestAction action) {
            return sum(containers(action).stream().map(ContainerRecommendation::monthlySavings).toList());
        }

        public List<TablePlanRecommendation> tableChanges() {
            return tables.stream().filter(t -> !t.recommendedPlan().equalsIgnoreCase(t.usage().plan())).toList();
        }

        /**
         * What the table plans that save money save a month (on the bill: ingestion and
         * query charges).
         */
        public BigDecimal tableSavings() {
            return sum(tableChanges().stream()
                .map(TablePlanRecommendation::monthlySavings)
                .filter(saving -> saving.signum() > 0)
                .toList());
        }

        /**
         * What the resizes that save money (one resource down, the other up) save a
         * month.
         */
        public BigDecimal resizeSavings() {
            return sum(containers(RequestAction.RESIZE).stream()
                .map(ContainerRecommendation::monthlySavings)
                .filter(saving -> saving.signum() > 0)
                .toList());
        }

        /**
         * The gross saving a month: the downsizes, the abandoned workloads, the resizes
         * that save money and the table plans that do; what the other changes cost is
         * apart ({@link #atRiskCost}).
         */
        public BigDecimal potentialSavings() {
            return savings(RequestAction.DOWNSIZE).add(savings(RequestAction.ABANDONED))
                .add(resizeSavings())
                .add(tableSavings());
        }

        /**
         * What the containers at risk would cost a month more: the upsizes, and the
         * resizes that cost money.
         */
        public BigDecimal atRiskCost() {
            return sum(containers.stream()
                .filter(c -> c.action() == RequestAction.UPSIZE || c.action() == RequestAction.RESIZE)
                .map(ContainerRecommendation::monthlySavings)
                .filter(saving -> saving.signum() < 0)
                .map(BigDecimal::negate)
                .toList());
        }

        /**
         * What applying every change would do to the chargeback a month (negative: lower
         * it): the containers' savings and costs, and each table plan's
         * {@code tableChange}.
         */
        public BigDecimal chargebackChange(Function<TablePlanRecommendation, BigDecimal> tableChange) {
            return sum(tableChanges().stream().map(tableChange).toList())
                .subtract(sum(containers.stream().map(ContainerRecommendation::monthlySavings).toList()));
        }

        /** What a team's recommendations that save money save together a month. */
        public BigDecimal potentialSavingsOf(String team) {
            return sum(changesOf(team).stream()
                .map(ContainerRecommendation::monthlySavings)
                .filter(saving -> saving.signum() > 0)
                .toList());
        }

        /**
         * What a team's changes that cost money (the upsizes of containers at risk) cost
         * together a month.
         */
        public BigDecimal upsizeCostOf(String team) {
            return sum(changesOf(team).stream()
                .map(ContainerRecommendation::monthlySavings)
                .filter(saving -> saving.signum() < 0)
                .map(BigDecimal::negate)
                .toList());
        }

        /**
         * A team's recommendations that change something, biggest effect on its bill
         * first.
         */
        public List<ContainerRecommendation> changesOf(String team) {
            return changesByTeam.getOrDefault(team, List.of());
        }

        private static Map<String, List<ContainerRecommendation>> changesByTeam(
                List<ContainerRecommendation> containers) {
            return containers.stream()
                .filter(c -> c.action() != RequestAction.KEEP)
                .sorted(Comparator.comparing((ContainerRecommendation c) -> c.monthlySavings().abs()).reversed())
                .collect(Collectors.collectingAndThen(
                        Collectors.groupingBy(ContainerRecommendation::team, Collectors.toUnmodifiableList()),
                        Map::copyOf));
        }

        private static BigDecimal sum(List<BigDecimal> amounts) {
            return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }
    }

    /**
     * A cluster's month: its cost and idle cost; over the days the bill covers, its bill
     * and what OpenCost allocated of it to containers.
     */
    public record ClusterCost(String cluster, BigDecimal cost, BigDecimal idle, BigDecimal billed,
            BigDecimal allocated) {

        /**
         * The idle cost's share of the cluster's bill (its resources', not its logs'), 0
         * over days the bill does not cover yet.
         */
        public double idleShare() {
            return billed.signum() == 0 ? 0 : idle.doubleValue() / billed.doubleValue();
        }
    }

    /**
     * A team's cost in a namespace, and at the price list ({@code allocation}, as
     * {@link TeamCost}'s).
     */
    public record NamespaceCost(String cluster, String namespace, String team, BigDecimal cost, BigDecimal allocation) {
    }

    /**
     * A team's cost of a day, and at the price list ({@code allocation}, as
     * {@link TeamCost}'s), the basis a billed month and an estimated one are compared on.
     */
    public record DailyCost(LocalDate day, String team, BigDecimal cost, BigDecimal allocation) {
    }

    /**
     * A month's cost as its latest run in the lake charged it ({@code through} its report
     * date), and whether the bill covered that run.
     */
    public record MonthTotal(YearMonth month, LocalDate through, BigDecimal cost, boolean billed) {

        /** Whether the run covered the month to its last day. */
        public boolean whole() {
            return through.equals(month.atEndOfMonth());
        }
    }

    /** The team of that name, if the month charged it anything. */
    public Optional<TeamCost> team(String name) {
        return teams.stream().filter(t -> t.team().equals(name)).findFirst();
    }

    public List<String> unregisteredTeams() {
        return teams.stream().filter(t -> !t.registered()).map(TeamCost::team).toList();
    }

    /**
     * The spend no configured team owns: the teams kubeledger itself charges
     * (unallocated, idle) and those a label names that no configuration knows, costliest
     * first.
     */
    public List<TeamCost> unownedTeams() {
        return teams.stream().filter(t -> !t.registered() || KubeledgerProperties.isReservedTeam(t.team())).toList();
    }

    public BigDecimal ingestionTotal() {
        return ingestion.stream().map(TableIngestion::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * What the month charges for Log Analytics: every team's container-log and monitoring
     * lines of the Log Analytics workspaces (not those of the other monitoring
     * resources).
     */
    public BigDecimal chargedLogs() {
        return resources.stream().map(ResourceCost::logs).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The charged log cost beyond its ingestion at the price list: where workspaces are
     * billed, what their bills hold besides (a commitment tier's discount, retention,
     * queries); nothing for an estimate.
     */
    public BigDecimal logsBeyondPriceList() {
        return chargedLogs().subtract(ingestionTotal());
    }

    /**
     * A team's cost on one cluster, namespace (empty for monitoring), kind and
     * allocation: its statement's rows.
     */
    public record TeamLine(String team, String cluster, String namespace, String costKind, String allocation,
            BigDecimal cost) {
    }

    /**
     * A team's change against last month ({@link #comparedPeriod}) as a fraction, on the
     * basis of {@link #changeOf}; null without a base.
     */
    public Double changeRatioOf(String team, BigDecimal current) {
        return lastMonth == null ? null : lastMonth.ratio(coverage, compared(team, current), lastMonth.of(team));
    }

    /**
     * A team's {@code current} cost on the comparison's basis: as it is, or where the
     * months differ, at list.
     */
    BigDecimal compared(String team, BigDecimal current) {
        return allocationOnly() ? comparable(team) : current;
    }

    /**
     * A cluster's change against last month as a fraction, as {@link #changeRatioOf}
     * gives a team's.
     */
    public Double clusterChangeRatio(ClusterCost cluster) {
        return lastMonth == null ? null
                : lastMonth.ratio(coverage, allocationOnly() ? sumOfNamespaces(cluster.cluster()) : cluster.cost(),
                        lastMonth.ofCluster(cluster.cluster()));
    }

    /**
     * The fleet's ({@code team} null) or a team's cost as last month's is compared with
     * it: all of it, or where the months differ in basis, at the price list (its logs at
     * their priced ingestion, no idle cost or corrections).
     */
    BigDecimal comparable(String team) {
        List<TeamCost> who = team == null ? teams : team(team).map(List::of).orElse(List.of());
        return who.stream()
            .map(t -> allocationOnly() ? t.allocation() : t.cost())
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Whether the months differ in basis, so are compared on OpenCost's allocation alone
     * ({@link LastMonth.Basis}).
     */
    public boolean allocationOnly() {
        return lastMonth != null && lastMonth.allocationOnly() != null;
    }

    /** A namespace's cost on the comparison's basis. */
    private BigDecimal compared(NamespaceCost namespace) {
        return allocationOnly() ? namespace.allocation() : namespace.cost();
    }

    /**
     * The namespaces' costs on the comparison's basis: without the idle and correction
     * lines where it is allocation.
     */
    private Stream<NamespaceCost> comparedNamespaces() {
        return namespaces.stream().filter(n -> !allocationOnly() || ReportNamespaces.allocation(n.namespace()));
    }

    /**
     * A cluster's cost on the basis of the comparison: its namespaces'
     * ({@link #namespaceMovers}'s) together.
     */
    private BigDecimal sumOfNamespaces(String cluster) {
        return comparableNamespaces().entrySet()
            .stream()
            .filter(e -> e.getKey().cluster().equals(cluster))
            .map(Map.Entry::getValue)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * Each team's cost beside last month's like-for-like cost, biggest change first, on
     * one basis.
     */
    public List<Mover<String>> teamMovers() {
        Map<String, BigDecimal> now = new TreeMap<>();
        teams.forEach(t -> now.put(t.team(), comparable(t.team())));
        return Mover.of(now, lastMonth == null ? Map.of() : lastMonth.byTeam(), lastMonth, coverage);
    }

    /**
     * Each namespace's cost (per cluster, all teams') beside last month's like-for-like
     * cost, biggest change first.
     */
    public List<Mover<NamespaceKey>> namespaceMovers() {
        return Mover.of(comparableNamespaces(), lastMonth == null ? Map.of() : lastMonth.byNamespace(), lastMonth,
                coverage);
    }

    /**
     * Each team's cost per namespace beside last month's, biggest change first, on one
     * basis: a namespace whose owner changed shows on both teams.
     */
    public List<Mover<NamespaceKey>> teamNamespaceMovers() {
        Map<NamespaceKey, BigDecimal> now = new TreeMap<>();
        comparedNamespaces().forEach(
                n -> now.merge(new NamespaceKey(n.team(), n.cluster(), n.namespace()), compared(n), BigDecimal::add));
        return Mover.of(now, lastMonth == null ? Map.of() : lastMonth.byTeamNamespace(), lastMonth, coverage);
    }

    /**
     * Each namespace's cost, without the idle and correction lines where the months
     * differ in basis.
     */
    private Map<NamespaceKey, BigDecimal> comparableNamespaces() {
        Map<NamespaceKey, BigDecimal> now = new TreeMap<>();
        comparedNamespaces()
            .forEach(n -> now.merge(NamespaceKey.of(n.cluster(), n.namespace()), compared(n), BigDecimal::add));
        return now;
    }

    /**
     * What a change is against, e.g. {@code 2026-09} or
     * {@code 2026-09-01 to 15, per day of data}; null without one.
     */
    public String comparedPeriod() {
        return lastMonth == null ? null : lastMonth.period(coverage);
    }

    /**
     * What each team's cost buys, over all its namespaces, in the order of {@code teams}.
     */
    public List<ResourceCost> resourcesByTeam() {
        return teams.stream()
            .map(t -> resources.stream()
                .filter(r -> r.team().equals(t.team()))
                .reduce((one, other) -> one.plus(other, "", ""))
                .orElse(null))
            .filter(Objects::nonNull)
            .toList();
    }

    /** What a team's cost buys in each namespace of each cluster, the costliest first. */
    public List<ResourceCost> resourcesOf(String team) {
        return resources.stream()
            .filter(r -> r.team().equals(team))
            .sorted(Comparator.comparing(ResourceCost::cost, Comparator.reverseOrder()))
            .toList();
    }

    /**
     * What a table plan's move does to the chargeback a month: where the workspace is
     * billed, its log lines are charged at its bill, query charges included, so the
     * chargeback changes as the bill does (less what the move saves); else the change of
     * the ingestion charge at the price list, which is all of a table's cost an estimate
     * carries.
     */
    public BigDecimal tableChargebackChange(TablePlanRecommendation table) {
        return billedWorkspace(table) ? table.monthlySavings().negate() : table.chargedMonthlyChange();
    }

    /**
     * Whether the bill charges the table's workspace this month (its log lines are
     * charged at its bill).
     */
    public boolean billedWorkspace(TablePlanRecommendation table) {
        return billing.reconciled() && billing.workspaces().containsKey(table.usage().workspace());
    }

    /**
     * What applying every recommendation would do to the chargeback a month (negative:
     * lower it).
     */
    public BigDecimal rightsizingChargebackChange() {
        return rightsizing.chargebackChange(this::tableChargebackChange);
    }

    /** The days of the month after the report date: none once the month has ended. */
    public int daysLeft() {
        return month.lengthOfMonth() - reportDate.getDayOfMonth();
    }

    /** The fleet's corrections of earlier periods on the month's bill. */
    public BigDecimal corrections() {
        return teams.stream().map(TeamCost::corrections).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * A cost's forecast for the whole month, by the run rate of the days with data: the
     * month to date plus its cost per day of data for each day left, the
     * {@code corrections} of earlier periods it holds left out of the rate (they recur on
     * no day). Once the month has ended, the cost itself; null without a day of data.
     */
    public BigDecimal forecast(BigDecimal cost, BigDecimal corrections) {
        int days = coverage.coveredDays().size();
        if (complete || days == 0) {
            return complete ? cost : null;
        }
        return cost.add(cost.subtract(corrections)
            .multiply(BigDecimal.valueOf(daysLeft()))
            .divide(BigDecimal.valueOf(days), cost.scale(), RoundingMode.HALF_EVEN));
    }

    /**
     * The fleet's ({@code team} null) or a team's cost against its budget; null without a
     * budget.
     */
    public Budgets.Use budgetUse(String team) {
        BigDecimal budget = team == null ? budgets.total() : budgets.of(team);
        if (budget == null) {
            return null;
        }
        BigDecimal actual = team == null ? total : team(team).map(TeamCost::cost).orElse(BigDecimal.ZERO);
        BigDecimal corrections = team == null ? corrections()
                : team(team).map(TeamCost::corrections).orElse(BigDecimal.ZERO);
        return new Budgets.Use(budget, actual, complete ? null : forecast(actual, corrections));
    }

    /** How many findings of the run have the status. */
    public long findings(Status status) {
        return compliance.stream().filter(f -> f.status() == status).count();
    }

    /**
     * Each team's cost as the reports print it: to the cent, the teams adding up to the
     * printed total.
     */
    public BigDecimal printedCost(TeamCost team) {
        int index = teams.indexOf(team);
        if (index < 0) {
            return PrintedCents.total(team.cost());
        }
        List<BigDecimal> printed = PrintedCents.parts(teams.stream().map(TeamCost::cost).toList(),
                PrintedCents.total(total));
        return printed.get(index);
    }

    /**
     * A team's cost by what it pays for, in {@link CostCategory}'s order, as the
     * statement prints it: to the cent, adding up to the team's printed cost.
     */
    public List<BigDecimal> printedByCategory(TeamCost team) {
        return PrintedCents.parts(team.byCategory(), printedCost(team));
    }

    /**
     * The statement of the shared namespaces' rightsizing, which no team's owner gets:
     * team {@code shared}'s cost (none where every shared cost is divided among the
     * teams) with its changes; empty when it has none.
     */
    public Optional<TeamCost> platformStatement() {
        if (rightsizing.changesOf(TeamAssignment.SHARED_TEAM).isEmpty()) {
            return Optional.empty();
        }
        return team(TeamAssignment.SHARED_TEAM).or(() -> Optional
            .of(new TeamCost(TeamAssignment.SHARED_TEAM, null, true, Map.of(), BigDecimal.ZERO, BigDecimal.ZERO)));
    }

    /** The month's sentences: its status, comparisons, forecast and figures in words. */
    public ReportWording words() {
        return new ReportWording(this);
    }

    /** The share of the month's total, 0 when the month has no cost yet. */
    public double share(BigDecimal cost) {
        return total.signum() == 0 ? 0 : cost.doubleValue() / total.doubleValue();
    }
}
