package io.kubeledger.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.kubeledger.KubeledgerProperties;
import io.kubeledger.compliance.Finding;
import io.kubeledger.compliance.Status;
import io.kubeledger.rightsizing.ContainerRecommendation;
import io.kubeledger.rightsizing.RequestAction;
import io.kubeledger.rightsizing.TablePlanRecommendation;

/**
 * What the month's reports show, read once from the run's chargeback lines so that the workbook and the PDF agree
 * with each other and with the lake. {@code complete} is true when the month has ended; the report is final when its
 * data also covers every cluster's every day ({@code coverage}). {@code billedTotal} is the part of {@code total} on
 * days reconciled with the bill.
 */
public record MonthlyReport(
        YearMonth month,
        LocalDate reportDate,
        boolean complete,
        String currency,
        BigDecimal total,
        BigDecimal billedTotal,
        List<TeamCost> teams,
        List<ClusterCost> clusters,
        List<NamespaceCost> namespaces,
        List<DailyCost> daily,
        List<TableIngestion> ingestion,
        List<String> explanation,
        InputCounts inputs,
        Rightsizing rightsizing,
        List<Finding> compliance,
        List<TeamLine> teamLines,
        LastMonth lastMonth,
        Billing billing,
        Coverage coverage,
        Budgets budgets,
        List<ResourceCost> resources) {

    /** A team's month, by what it pays for; {@code cost} is the sum of the five. */
    public record TeamCost(String team, String costCenter, boolean registered, BigDecimal workload,
            BigDecimal containerLogs, BigDecimal shared, BigDecimal monitoring, BigDecimal idle, BigDecimal cost) {
    }

    /**
     * Whether the month is the bill's: through which day and from which export run ({@code exportRun} null: an
     * estimate, and {@code estimate} says why); what the bill charged each workspace, and the matched rows by resource
     * type; the clusters it has no row of; the cluster-days it charged
     * with no OpenCost row; per cluster and bucket, the bill beside OpenCost's allocation (the Invoice sheet).
     */
    public record Billing(String exportRun, LocalDate billedThrough, String estimate, Map<String, BigDecimal> workspaces,
            List<ResourceTypeBill> byResourceType, List<String> notOnBill, List<String> billedWithoutWorkload,
            List<InvoiceLine> invoice) {

        public Billing {
            notOnBill = List.copyOf(notOnBill);
            workspaces = sorted(workspaces);
            byResourceType = List.copyOf(byResourceType);
            billedWithoutWorkload = List.copyOf(billedWithoutWorkload);
            invoice = List.copyOf(invoice);
        }

        public Billing withInvoice(List<InvoiceLine> lines) {
            return new Billing(exportRun, billedThrough, estimate, workspaces, byResourceType, notOnBill,
                    billedWithoutWorkload, lines);
        }

        public boolean reconciled() {
            return exportRun != null;
        }

        /** The reports' first line about the bill. */
        public String headline(LocalDate reportDate) {
            if (!reconciled()) {
                return "Estimate, not reconciled with the Azure bill: " + estimate;
            }
            return "Reconciled with the Azure bill through " + billedThrough + " (Cost Management export run "
                    + exportRun + ")" + (billedThrough.isBefore(reportDate) ? "; the days after it are estimates"
                            : "") + (notOnBill.isEmpty() ? "" : "; the export has no row of " + String.join(", ",
                                    notOnBill) + ", whose costs stay estimates") + ".";
        }

        /** The finding of days the bill charged while a cluster's exporter wrote nothing, or null. */
        public String billedWithoutWorkloadNotice() {
            return billedWithoutWorkload.isEmpty() ? null : "Billed with no OpenCost row (the exporter was down?), "
                    + "so all idle, on team 'idle': " + String.join(", ", billedWithoutWorkload) + ".";
        }
    }

    /** The bill's rows of the clusters and workspaces of one resource type: how many, and their sum. */
    public record ResourceTypeBill(String resourceType, long rows, BigDecimal billed) {
    }

    /** A cluster's bill of one bucket over the days the bill covers, what OpenCost allocated of it, and the rest. */
    public record InvoiceLine(String cluster, String bucket, BigDecimal billed, BigDecimal allocated,
            BigDecimal idle) {
    }

    /** A workspace table's billable ingestion of the month, with the plan it was priced at. */
    public record TableIngestion(String workspace, String table, String plan, BigDecimal billableGb, BigDecimal cost) {
    }

    /**
     * How many input rows the run read and how many it quarantined; how many containers the rightsizing saw and how
     * many of them it could not judge (seen on too few days, or gone); the data quality of the rows read: credits
     * (negative {@code TotalCost}, charged as written) and rows with an unknown usage, request or cost figure.
     */
    public record InputCounts(long opencostRowsRead, long opencostRowsQuarantined, long logRowsRead,
            long logRowsQuarantined, long containersSeen, long containersNotJudged,
            Map<String, Long> opencostQuarantinedByCluster, List<String> missingClusters, long creditRows,
            BigDecimal credits, long rowsWithUnknownFigures, Map<String, BigDecimal> invalidTeamLabels) {

        /** The invalid team labels a PDF names, the costliest first; the workbook lists them all. */
        static final int INVALID_LABELS_SHOWN = 10;

        public InputCounts {
            opencostQuarantinedByCluster = sorted(opencostQuarantinedByCluster);
            missingClusters = List.copyOf(missingClusters);
            invalidTeamLabels = sorted(invalidTeamLabels);
        }

        /** What every report says first when clusters are missing, or null when none is. */
        public String missingNotice() {
            return missingClusters.isEmpty() ? null : "INCOMPLETE: the OpenCost exports of " + missingClusters.size()
                    + " cluster(s) could not be read, so their workload is not charged in this report: "
                    + String.join("; ", missingClusters) + ".";
        }

        /** The data quality note of the reports, or null when every row read was an ordinary one. */
        public String dataQualityNotice(String currency) {
            List<String> notes = new ArrayList<>();
            if (creditRows > 0) {
                notes.add(creditRows + " OpenCost row(s) of the month are credits (a negative TotalCost), charged as "
                        + "written: " + credits.setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " " + currency
                        + " in all.");
            }
            if (rowsWithUnknownFigures > 0) {
                notes.add(rowsWithUnknownFigures + " OpenCost row(s) of the rightsizing lookback have a usage, request "
                        + "or cost figure written as NaN, an infinity or a negative number: they are charged, and their "
                        + "containers' days are left out of the rightsizing.");
            }
            if (!invalidTeamLabels.isEmpty()) {
                notes.add(invalidTeamLabels.size() + " team label value(s) name no team (not a valid Kubernetes label "
                        + "value, or a reserved name), so their rows went by the namespace rules: "
                        + invalidTeamLabels(INVALID_LABELS_SHOWN, currency) + ".");
            }
            return notes.isEmpty() ? null : "Data quality: " + String.join(" ", notes);
        }

        /** The first {@code shown} invalid team labels, costliest first, each quoted with its cost. */
        public String invalidTeamLabels(int shown, String currency) {
            List<Map.Entry<String, BigDecimal>> costliest = invalidTeamLabels.entrySet().stream()
                    .sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed()
                            .thenComparing(Map.Entry.comparingByKey()))
                    .toList();
            String listed = costliest.stream().limit(shown).map(e -> "'" + e.getKey() + "' "
                    + e.getValue().setScale(2, RoundingMode.HALF_EVEN).toPlainString() + " " + currency)
                    .collect(Collectors.joining(", "));
            return costliest.size() > shown ? listed + " and " + (costliest.size() - shown) + " more" : listed;
        }

        public long opencostQuarantined(String cluster) {
            return opencostQuarantinedByCluster.getOrDefault(cluster, 0L);
        }
    }

    /** The run's recommendations, each list biggest saving first. */
    public record Rightsizing(List<ContainerRecommendation> containers, List<TablePlanRecommendation> tables) {

        /**
         * The changes a team statement lists, biggest effect first: a team reads a few pages, not a fleet's worth (a
         * large team's list runs to hundreds); the workbook has them all.
         */
        public static final int SHOWN_IN_A_STATEMENT = 50;

        public List<ContainerRecommendation> containers(RequestAction action) {
            return containers.stream().filter(c -> c.action() == action).toList();
        }

        public BigDecimal savings(RequestAction action) {
            return sum(containers(action).stream().map(ContainerRecommendation::monthlySavings).toList());
        }

        public List<TablePlanRecommendation> tableChanges() {
            return tables.stream().filter(t -> !t.recommendedPlan().equalsIgnoreCase(t.usage().plan())).toList();
        }

        public BigDecimal tableSavings() {
            return sum(tableChanges().stream().map(TablePlanRecommendation::monthlySavings).toList());
        }

        /** What the downsizes, the abandoned workloads and the table plans save a month together. */
        public BigDecimal potentialSavings() {
            return savings(RequestAction.DOWNSIZE).add(savings(RequestAction.ABANDONED)).add(tableSavings());
        }

        /** What a team's recommendations that save money save together a month. */
        public BigDecimal potentialSavingsOf(String team) {
            return sum(changesOf(team).stream().map(ContainerRecommendation::monthlySavings)
                    .filter(saving -> saving.signum() > 0).toList());
        }

        /** What a team's changes that cost money (the upsizes of containers at risk) cost together a month. */
        public BigDecimal upsizeCostOf(String team) {
            return sum(changesOf(team).stream().map(ContainerRecommendation::monthlySavings)
                    .filter(saving -> saving.signum() < 0).map(BigDecimal::negate).toList());
        }

        /** A team's recommendations that change something, biggest effect on its bill first. */
        public List<ContainerRecommendation> changesOf(String team) {
            return containers.stream().filter(c -> c.team().equals(team) && c.action() != RequestAction.KEEP)
                    .sorted(Comparator.comparing((ContainerRecommendation c) -> c.monthlySavings().abs()).reversed())
                    .toList();
        }

        private static BigDecimal sum(List<BigDecimal> amounts) {
            return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        }
    }

    /**
     * A cluster's month: its cost and idle cost; over the days the bill covers, its bill and what OpenCost allocated of
     * it to containers.
     */
    public record ClusterCost(String cluster, BigDecimal cost, BigDecimal idle, BigDecimal billed,
            BigDecimal allocated) {

        /** The idle cost's share of the cluster's cost, 0 without cost. */
        public double idleShare() {
            return cost.signum() == 0 ? 0 : idle.doubleValue() / cost.doubleValue();
        }
    }

    public record NamespaceCost(String cluster, String namespace, String team, BigDecimal cost) {
    }

    public record DailyCost(LocalDate day, String team, BigDecimal cost) {
    }

    /**
     * "final" for a whole month with every cluster's every day, "month ended, data incomplete" for one with gaps, else
     * "month to date (through YYYY-MM-DD)", with "data incomplete" when it has gaps.
     */
    public String status() {
        String gaps = coverage.gaps().isEmpty() ? "" : ", data incomplete";
        if (complete) {
            return gaps.isEmpty() ? "final" : "month ended" + gaps;
        }
        return "month to date (through " + reportDate + ")" + gaps;
    }

    /** The PDFs' first line: the status, and whether the month is reconciled with the bill. */
    public String statusAndBill() {
        return status() + " · " + (billing.reconciled() ? "reconciled with the Azure bill through "
                + billing.billedThrough() : "estimate, not reconciled with the Azure bill");
    }

    /** The team of that name, if the month charged it anything. */
    public Optional<TeamCost> team(String name) {
        return teams.stream().filter(t -> t.team().equals(name)).findFirst();
    }

    public List<String> unregisteredTeams() {
        return teams.stream().filter(t -> !t.registered()).map(TeamCost::team).toList();
    }

    /**
     * The spend no configured team owns: the teams kubeledger itself charges (unallocated, idle) and those a label
     * names that no configuration knows, costliest first.
     */
    public List<TeamCost> unownedTeams() {
        return teams.stream().filter(t -> !t.registered() || KubeledgerProperties.isReservedTeam(t.team())).toList();
    }

    public BigDecimal ingestionTotal() {
        return ingestion.stream().map(TableIngestion::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A team's cost on one cluster, namespace (empty for monitoring), kind and allocation: its statement's rows. */
    public record TeamLine(String team, String cluster, String namespace, String costKind, String allocation,
            BigDecimal cost) {
    }

    /**
     * The headline against last month's like-for-like period, for the whole fleet ({@code team} null) or a team; null
     * when the lake has no last month.
     */
    public String comparison(BigDecimal current, String team) {
        if (lastMonth == null) {
            return null;
        }
        return lastMonth.headline(coverage, current, team == null ? lastMonth.total() : lastMonth.of(team), currency);
    }

    /** A team's change against last month, e.g. {@code +3.2 % vs 2026-09}; null when there is nothing to compare. */
    public String changeOf(String team, BigDecimal current) {
        return lastMonth == null ? null : lastMonth.shortChange(coverage, current, lastMonth.of(team));
    }

    /** A cluster's change against last month, as {@link #changeOf} gives a team's. */
    public String clusterChange(ClusterCost cluster) {
        return lastMonth == null ? null : lastMonth.shortChange(coverage, cluster.cost(),
                lastMonth.ofCluster(cluster.cluster()));
    }

    /** Each team's cost beside last month's like-for-like cost, biggest change first. */
    public List<Mover> teamMovers() {
        Map<String, BigDecimal> now = new TreeMap<>();
        teams.forEach(t -> now.put(t.team(), t.cost()));
        return Mover.of(now, lastMonth == null ? Map.of() : lastMonth.byTeam(), lastMonth, coverage);
    }

    /** Each namespace's cost (per cluster, all teams') beside last month's like-for-like cost, biggest change first. */
    public List<Mover> namespaceMovers() {
        Map<String, BigDecimal> now = new TreeMap<>();
        namespaces.forEach(n -> now.merge(LastMonth.namespace(n.cluster(), n.namespace()), n.cost(), BigDecimal::add));
        return Mover.of(now, lastMonth == null ? Map.of() : lastMonth.byNamespace(), lastMonth, coverage);
    }

    /** What a change is against, e.g. {@code 2026-09} or {@code 2026-09-01 to 15, per day of data}; null without one. */
    public String comparedPeriod() {
        return lastMonth == null ? null : lastMonth.period(coverage);
    }

    /** What each team's cost buys, over all its namespaces, in the order of {@code teams}. */
    public List<ResourceCost> resourcesByTeam() {
        return teams.stream().map(t -> resources.stream().filter(r -> r.team().equals(t.team()))
                .reduce((one, other) -> one.plus(other, "", "")).orElse(null))
                .filter(Objects::nonNull).toList();
    }

    /** What a team's cost buys in each namespace of each cluster, the costliest first. */
    public List<ResourceCost> resourcesOf(String team) {
        return resources.stream().filter(r -> r.team().equals(team))
                .sorted(Comparator.comparing(ResourceCost::cost, Comparator.reverseOrder())).toList();
    }

    /** The days of the month after the report date: none once the month has ended. */
    public int daysLeft() {
        return month.lengthOfMonth() - reportDate.getDayOfMonth();
    }

    /**
     * A cost's forecast for the whole month, by the run rate of the days with data: the month to date plus its cost
     * per day of data for each day left. Once the month has ended, the cost itself; null without a day of data.
     */
    public BigDecimal forecast(BigDecimal cost) {
        int days = coverage.coveredDays().size();
        if (complete || days == 0) {
            return complete ? cost : null;
        }
        return cost.add(cost.multiply(BigDecimal.valueOf(daysLeft())).divide(BigDecimal.valueOf(days),
                cost.scale(), RoundingMode.HALF_EVEN));
    }

    /** The forecast line of a month to date's first page, saying how it was made; null once the month has ended. */
    public String forecastLine(BigDecimal cost) {
        String forecast = forecastText(cost);
        return forecast == null ? null : "Forecast for the month: " + forecast;
    }

    /**
     * The forecast and how it was made, e.g. {@code 22,165.76 USD (the month to date plus its 715.02 a day over 15
     * day(s) of data for each of the 16 day(s) left)}; null once the month has ended or without a day of data.
     */
    public String forecastText(BigDecimal cost) {
        BigDecimal forecast = forecast(cost);
        if (complete || forecast == null) {
            return null;
        }
        int days = coverage.coveredDays().size();
        return String.format(Locale.ROOT, "%,.2f %s (the month to date plus its %,.2f a day over %d day(s) of data "
                + "for each of the %d day(s) left)", forecast, currency,
                cost.divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_EVEN), days, daysLeft());
    }

    /** The fleet's ({@code team} null) or a team's cost against its budget; null without a budget. */
    public Budgets.Use budgetUse(String team) {
        BigDecimal budget = team == null ? budgets.total() : budgets.of(team);
        if (budget == null) {
            return null;
        }
        BigDecimal actual = team == null ? total : team(team).map(TeamCost::cost).orElse(BigDecimal.ZERO);
        return new Budgets.Use(budget, actual, complete ? null : forecast(actual));
    }

    /** How many findings of the run have the status. */
    public long findings(Status status) {
        return compliance.stream().filter(f -> f.status() == status).count();
    }

    /** Each team's cost as the reports print it: to the cent, the teams adding up to the printed total. */
    public BigDecimal printedCost(TeamCost team) {
        List<BigDecimal> printed = PrintedCents.parts(teams.stream().map(TeamCost::cost).toList(),
                PrintedCents.total(total));
        return printed.get(teams.indexOf(team));
    }

    /** The share of the month's total, 0 when the month has no cost yet. */
    public double share(BigDecimal cost) {
        return total.signum() == 0 ? 0 : cost.doubleValue() / total.doubleValue();
    }

    /** By key, whatever order the map came in: a report lists a map's entries in the same order on every run. */
    private static <V> Map<String, V> sorted(Map<String, V> map) {
        return Collections.unmodifiableMap(new TreeMap<>(map));
    }
}
