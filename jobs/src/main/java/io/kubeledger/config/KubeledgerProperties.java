package io.kubeledger.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything a run is configured with, bound from {@code kubeledger.*}. The property
 * names are a contract documented in docs/configuration.md. Binding fails at start-up
 * when any key is wrong or missing, with a message that names every such key, so a run
 * never starts half-configured. {@link #clusters()} are the clusters of the run's
 * {@link Shard}: all of them unless the fleet is sharded.
 */
@ConfigurationProperties(prefix = "kubeledger", ignoreUnknownFields = false)
public record KubeledgerProperties(@DefaultValue("local") String source, Path localRoot,
        @DefaultValue("./out") Path outputDir, @DefaultValue("USD") String currency,
        @DefaultValue("team") String teamLabel, @DefaultValue("0.01") BigDecimal maxSkipRatio, Integer threads,
        boolean allowMissingClusters, boolean overwriteLaterReports, List<Team> teams, List<String> sharedNamespaces,
        @DefaultValue("weighted") SharedCostSplit sharedCostSplit, @DefaultValue("weighted") SharedCostSplit idleSplit,
        @DefaultValue Prices prices, @DefaultValue RightsizingProperties rightsizing,
        @DefaultValue ComplianceProperties compliance, @DefaultValue MailProperties mail, List<Cluster> clusters,
        @DefaultValue AzureProperties azure, @DefaultValue BillingProperties billing, String lakeUrl, String reportsUrl,
        @DefaultValue("all") Phase phase, @DefaultValue Shard shard, @DefaultValue Budget budget,
        @DefaultValue ReportsProperties reports) {

    /** {@code kubeledger.source}: a snapshot folder, or the Azure services themselves. */
    public static final String LOCAL = "local";

    public static final String AZURE = "azure";

    /**
     * Team names that the chargeback itself assigns (idle: a cluster's unused capacity,
     * once the bill is reconciled); in any case, neither a configured team nor a team
     * label may take them.
     */
    public static final Set<String> RESERVED_TEAMS = Set.of("shared", "unallocated", "idle");

    private static final Pattern CLUSTER_RESOURCE_ID = Pattern.compile(
            "(?i)/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.ContainerService/managedClusters/[^/]+");

    private static final Pattern WORKSPACE_RESOURCE_ID = Pattern.compile(
            "(?i)/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.OperationalInsights/workspaces/[^/]+");

    private static final Pattern GUID = Pattern
        .compile("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private static final int MAX_NAME_LENGTH = 253;

    private static final String NOT_A_NAME = "at most " + MAX_NAME_LENGTH + " characters without control characters";

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    public KubeledgerProperties {
        teams = teams == null ? List.of() : List.copyOf(teams);
        sharedNamespaces = sharedNamespaces == null ? List.of() : List.copyOf(sharedNamespaces);
        clusters = clusters == null ? List.of() : List.copyOf(clusters);
        threads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        List<String> problems = new ArrayList<>();
        validateRun(source, localRoot, outputDir, currency, teamLabel, maxSkipRatio, threads, sharedNamespaces,
                problems);
        validatePublishing(lakeUrl, reportsUrl, problems);
        if (AZURE.equals(source) || lakeUrl != null || reportsUrl != null) {
            problems.addAll(azure.problems());
        }
        problems.addAll(rightsizing.problems());
        problems.addAll(compliance.problems());
        problems.addAll(mail.problems());
        problems.addAll(billing.problems());
        problems.addAll(reports.problems());
        validateTeams(teams, problems);
        if (budget.total() != null && budget.total().signum() <= 0) {
            problems.add("kubeledger.budget.total: must be above 0, was " + budget.total().toPlainString());
        }
        validateClusters(clusters, problems);
        if (clusters.stream().anyMatch(Cluster::hasWorkspace)) {
            validatePrices(prices, problems);
        }
        problems.addAll(shard.problems());
        if (phase == Phase.ALL && shard.count() > 1) {
            problems.add("kubeledger.phase: 'all' reports the whole fleet, so a shard (shard.count " + shard.count()
                    + ") runs 'compute', and one run of 'reports' follows the shards");
        }
        if (!problems.isEmpty()) {
            throw new InvalidConfigurationException(problems);
        }
        // From here on a shard's computing sees only its clusters, as a run of a smaller
        // fleet would.
        if (phase == Phase.COMPUTE) {
            clusters = shard.clustersOf(clusters);
        }
    }

    /**
     * A team that costs are charged to, with the namespaces (exact names or globs) it
     * owns, and what it may spend a month ({@code monthlyBudget}, in the run's currency;
     * none when null).
     */
    public record Team(String name, String costCenter, String ownerEmail, List<String> namespaces,
            BigDecimal monthlyBudget) {
        public Team {
            namespaces = namespaces == null ? List.of() : List.copyOf(namespaces);
        }
    }

    /**
     * What the whole fleet may spend a month ({@code total}, in the run's currency; none
     * when null).
     */
    public record Budget(BigDecimal total) {
    }

    /**
     * An AKS cluster, the location its OpenCost export is written to and its Log
     * Analytics workspace.
     */
    public record Cluster(String name, String resourceId, String opencostExport, String workspaceId,
            String workspaceResourceId) {

        /** A cluster without a workspace has no log ingestion to charge. */
        public boolean hasWorkspace() {
            return workspaceId != null;
        }
    }

    /**
     * Ingestion prices per decimal GB (10^9 bytes) of each Log Analytics table plan, and
     * the price per GB a query of a Basic or Auxiliary table scans, in {@code currency}.
     */
    public record Prices(BigDecimal logAnalyticsGb, BigDecimal basicLogsGb, BigDecimal auxiliaryLogsGb,
            BigDecimal logsQueryScannedGb) {
    }

    /**
     * A Log Analytics workspace that one or more clusters send their logs and metrics to.
     */
    public record Workspace(String id, String resourceId) {

        /** The workspace's name: the last segment of its resource id. */
        public String name() {
            return ResourceIds.name(resourceId);
        }
    }

    /**
     * A folder of the run's own under the output folder: {@code <output-dir>/<name>}, or
     * for one shard of several {@code <output-dir>/<name>/shard-<index>}, so that shards
     * side by side never share one.
     */
    public Path runFolder(String name) {
        Path folder = outputDir.resolve(name);
        return shard.count() == 1 ? folder : folder.resolve("shard-" + shard.index());
    }

    /** The local lake: {@code <output-dir>/lake}. */
    public Path lakeDir() {
        return outputDir.resolve("lake");
    }

    /**
     * The configured clusters' workspaces, each once, in the order the clusters name
     * them.
     */
    public List<Workspace> workspaces() {
        Map<String, Workspace> workspaces = new LinkedHashMap<>();
        clusters.stream()
            .filter(Cluster::hasWorkspace)
            .forEach(cluster -> workspaces.putIfAbsent(cluster.workspaceId().toLowerCase(Locale.ROOT),
                    new Workspace(cluster.workspaceId(), cluster.workspaceResourceId())));
        return List.copyOf(workspaces.values());
    }

    private static void validateRun(String source, Path localRoot, Path outputDir, String currency, String teamLabel,
            BigDecimal maxSkipRatio, int threads, List<String> sharedNamespaces, List<String> problems) {
        if (!LOCAL.equals(source) && !AZURE.equals(source)) {
            problems.add("kubeledger.source: must be 'local' or 'azure', was '" + source + "'");
        }
        else if (LOCAL.equals(source) && localRoot == null) {
            problems.add("kubeledger.local-root: missing; the folder of the local snapshot");
        }
        else if (LOCAL.equals(source) && !Files.isDirectory(localRoot)) {
            problems.add("kubeledger.local-root: no such folder: " + localRoot.toAbsolutePath());
        }
        if (outputDir == null) {
            problems.add("kubeledger.output-dir: missing");
        }
        else {
            unusableOutputDir(outputDir).ifPresent(problem -> problems.add("kubeledger.output-dir: " + problem));
        }
        try {
            Currency.getInstance(currency);
        }
        catch (RuntimeException e) {
            problems.add("kubeledger.currency: not an ISO 4217 currency code: '" + currency + "'");
        }
        if (isBlank(teamLabel)) {
            problems.add("kubeledger.team-label: missing");
        }
        if (threads < 1) {
            problems.add("kubeledger.threads: must be at least 1, was " + threads);
        }
        if (maxSkipRatio == null || maxSkipRatio.signum() < 0 || maxSkipRatio.compareTo(BigDecimal.ONE) > 0) {
            problems.add("kubeledger.max-skip-ratio: must be between 0 and 1, was " + maxSkipRatio);
        }
        for (int i = 0; i < sharedNamespaces.size(); i++) {
            if (isBlank(sharedNamespaces.get(i))) {
                problems.add("kubeledger.shared-namespaces[" + i + "]: empty");
            }
        }
    }

    /**
     * Why the job could not write under the folder, if it could not: it is a file, or it
     * cannot be made or written.
     */
    private static Optional<String> unusableOutputDir(Path outputDir) {
        Path existing = outputDir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            return Optional.of((existing == null ? outputDir : existing) + " is not a folder");
        }
        if (!Files.isWritable(existing)) {
            return Optional.of(existing + " cannot be written to");
        }
        return existing.equals(outputDir.toAbsolutePath()) ? linkOut(existing) : Optional.empty();
    }

    /**
     * A symbolic link inside the output folder that leads out of it, if there is one: the
     * job writes and deletes files under the folder, and through such a link it would
     * write statements elsewhere, or delete a file there.
     */
    private static Optional<String> linkOut(Path outputDir) {
        try (Stream<Path> entries = Files.walk(outputDir)) {
            Path root = outputDir.toRealPath();
            return entries.filter(Files::isSymbolicLink)
                .filter(link -> !leadsInto(link, root))
                .findFirst()
                .map(link -> link + " is a symbolic link out of the output folder: the job never writes through "
                        + "one; remove it");
        }
        catch (IOException | UncheckedIOException e) {
            return Optional.of(outputDir + " cannot be read: " + e.getMessage());
        }
    }

    private static boolean leadsInto(Path link, Path root) {
        try {
            return link.toRealPath().startsWith(root);
        }
        catch (IOException e) {
            return false;
        }
    }

    private static void validatePublishing(String lakeUrl, String reportsUrl, List<String> problems) {
        for (String[] url : new String[][] { { "lake-url", lakeUrl }, { "reports-url", reportsUrl } }) {
            if (url[1] != null) {
                try {
                    BlobFolder.parse(url[1]);
                }
                catch (IllegalArgumentException e) {
                    problems.add("kubeledger." + url[0] + ": " + e.getMessage());
                }
            }
        }
    }

    /** Whether a name is one of {@link #RESERVED_TEAMS}, whatever its case. */
    public static boolean isReservedTeam(String name) {
        return RESERVED_TEAMS.contains(name.toLowerCase(Locale.ROOT));
    }

    private static void validateTeams(List<Team> teams, List<String> problems) {
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < teams.size(); i++) {
            Team team = teams.get(i);
            String key = "kubeledger.teams[" + i + "].";
            if (isBlank(team.name())) {
                problems.add(key + "name: missing");
            }
            else if (!isName(team.name())) {
                problems.add(key + "name: " + NOT_A_NAME);
            }
            else if (isReservedTeam(team.name())) {
                problems.add(key + "name: '" + team.name() + "' is reserved for costs no team owns");
            }
            else {
                String first = names.putIfAbsent(team.name().toLowerCase(Locale.ROOT), team.name());
                if (first != null) {
                    problems.add(key + "name: '" + team.name() + "' is configured twice (as '" + first
                            + "'; team names are unique ignoring case)");
                }
            }
            if (team.monthlyBudget() != null && team.monthlyBudget().signum() <= 0) {
                problems.add(key + "monthly-budget: must be above 0, was " + team.monthlyBudget().toPlainString());
            }
            if (team.ownerEmail() != null && !EMAIL.matcher(team.ownerEmail()).matches()) {
                problems.add(key + "owner-email: not an e-mail address: '" + team.ownerEmail() + "'");
            }
            for (int j = 0; j < team.namespaces().size(); j++) {
                if (isBlank(team.namespaces().get(j))) {
                    problems.add(key + "namespaces[" + j + "]: empty");
                }
            }
        }
    }

    private static void validateClusters(List<Cluster> clusters, List<String> problems) {
        if (clusters.isEmpty()) {
            problems.add("kubeledger.clusters: missing; at least one cluster must be configured");
        }
        Set<String> names = new HashSet<>();
        Map<String, String> workspaceResourceIds = new HashMap<>();
        Map<String, Integer> resourceIds = new HashMap<>();
        Map<BlobLocation, Integer> exports = new HashMap<>();
        for (int i = 0; i < clusters.size(); i++) {
            Cluster cluster = clusters.get(i);
            String key = "kubeledger.clusters[" + i + "].";
            if (isBlank(cluster.name())) {
                problems.add(key + "name: missing");
            }
            else if (!isName(cluster.name())) {
                problems.add(key + "name: " + NOT_A_NAME);
            }
            else if (!names.add(cluster.name())) {
                problems.add(key + "name: '" + cluster.name() + "' is configured twice");
            }
            if (isBlank(cluster.resourceId())) {
                problems.add(key + "resource-id: missing");
            }
            else if (!CLUSTER_RESOURCE_ID.matcher(cluster.resourceId()).matches()) {
                problems.add(key + "resource-id: not an AKS cluster resource id "
                        + "(/subscriptions/…/resourceGroups/…/providers/Microsoft.ContainerService/managedClusters/…): '"
                        + cluster.resourceId() + "'");
            }
            else {
                Integer first = resourceIds.putIfAbsent(cluster.resourceId().toLowerCase(Locale.ROOT), i);
                if (first != null) {
                    problems.add(key + "resource-id: the resource id of clusters[" + first + "] too: a cluster's logs "
                            + "and compliance would go to the other");
                }
            }
            validateWorkspace(cluster, key, workspaceResourceIds, problems);
            if (isBlank(cluster.opencostExport())) {
                problems.add(key + "opencost-export: missing");
            }
            else {
                try {
                    Integer first = exports.putIfAbsent(BlobLocation.parse(cluster.opencostExport()), i);
                    if (first != null) {
                        problems.add(key + "opencost-export: the export of clusters[" + first + "] too: its costs "
                                + "would be charged twice");
                    }
                }
                catch (IllegalArgumentException e) {
                    problems.add(key + "opencost-export: " + e.getMessage());
                }
            }
        }
    }

    private static void validateWorkspace(Cluster cluster, String key, Map<String, String> resourceIdsById,
            List<String> problems) {
        if (cluster.workspaceId() == null && cluster.workspaceResourceId() == null) {
            return;
        }
        if (cluster.workspaceId() == null || !GUID.matcher(cluster.workspaceId()).matches()) {
            problems.add(key + "workspace-id: must be the workspace's id (a GUID) when a workspace is configured, was '"
                    + cluster.workspaceId() + "'");
            return;
        }
        if (cluster.workspaceResourceId() == null
                || !WORKSPACE_RESOURCE_ID.matcher(cluster.workspaceResourceId()).matches()) {
            problems.add(key + "workspace-resource-id: must be a Log Analytics workspace resource id "
                    + "(/subscriptions/…/resourceGroups/…/providers/Microsoft.OperationalInsights/workspaces/…), was '"
                    + cluster.workspaceResourceId() + "'");
            return;
        }
        String known = resourceIdsById.putIfAbsent(cluster.workspaceId().toLowerCase(Locale.ROOT),
                cluster.workspaceResourceId());
        if (known != null && !known.equalsIgnoreCase(cluster.workspaceResourceId())) {
            problems.add(key + "workspace-resource-id: workspace " + cluster.workspaceId()
                    + " is configured with another resource id too: '" + known + "'");
        }
    }

    private static void validatePrices(Prices prices, List<String> problems) {
        Map<String, BigDecimal> perGb = new LinkedHashMap<>();
        perGb.put("log-analytics-gb", prices.logAnalyticsGb());
        perGb.put("basic-logs-gb", prices.basicLogsGb());
        perGb.put("auxiliary-logs-gb", prices.auxiliaryLogsGb());
        perGb.put("logs-query-scanned-gb", prices.logsQueryScannedGb());
        perGb.forEach((name, price) -> {
            if (price == null) {
                problems.add("kubeledger.prices." + name + ": missing; a price per GB, needed because "
                        + "clusters have Log Analytics workspaces");
            }
            else if (price.signum() < 0) {
                problems.add("kubeledger.prices." + name + ": must not be negative, was " + price);
            }
        });
    }

    /**
     * A name every output can hold: the width of the job's name columns, no control
     * character.
     */
    private static boolean isName(String value) {
        return value.length() <= MAX_NAME_LENGTH && value.chars().noneMatch(Character::isISOControl);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * Thrown at start-up when the configuration is wrong; the message lists every
     * problem. Its exit code says that starting again without a change is of no use.
     */
    public static final class InvalidConfigurationException extends IllegalStateException
            implements StartRefusal, ExitCodeGenerator {

        /** EX_CONFIG of sysexits.h. */
        public static final int EXIT_CODE = 78;

        private final List<String> problems;

        public InvalidConfigurationException(List<String> problems) {
            super("Invalid configuration:\n  " + String.join("\n  ", problems));
            this.problems = List.copyOf(problems);
        }

        /** Each problem, naming its key. */
        public List<String> problems() {
            return problems;
        }

        @Override
        public int getExitCode() {
            return EXIT_CODE;
        }

        @Override
        public String action() {
            return "Correct each key named above in the configuration (docs/configuration.md lists every key), then "
                    + "start the run again.";
        }

    }
}
