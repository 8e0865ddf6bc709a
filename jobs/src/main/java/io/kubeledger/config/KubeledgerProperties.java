package io.kubeledger.config;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Everything a run is configured with, bound from {@code kubeledger.*}. The property
 * names are a contract documented in docs/configuration.md. Binding fails at start-up
 * when any key is wrong or missing, with a message that names every such key, so a run
 * never starts half-configured. {@link #clusters()} are every configured cluster;
 * {@link RunFleet} those a run computes.
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
        @DefaultValue ReportsProperties reports, List<MonitorWorkspace> monitorWorkspaces,
        List<MonitoringResource> monitoringResources) {

    /** {@code kubeledger.source}: a snapshot folder, or the Azure services themselves. */
    public static final String LOCAL = "local";

    public static final String AZURE = "azure";

    /**
     * Team names that the chargeback itself assigns (idle: a cluster's unused capacity,
     * once the bill is reconciled); in any case, neither a configured team nor a team
     * label may take them.
     */
    public static final Set<String> RESERVED_TEAMS = Set.of("shared", "unallocated", "idle");

    public KubeledgerProperties {
        teams = teams == null ? List.of() : List.copyOf(teams);
        sharedNamespaces = sharedNamespaces == null ? List.of() : List.copyOf(sharedNamespaces);
        clusters = clusters == null ? List.of() : List.copyOf(clusters);
        monitorWorkspaces = monitorWorkspaces == null ? List.of() : List.copyOf(monitorWorkspaces);
        monitoringResources = monitoringResources == null ? List.of() : List.copyOf(monitoringResources);
        threads = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }

    /**
     * Every problem of the configuration, each naming its key; none when it is right. The
     * record only binds: {@code ConfigurationFaults} asks this once the whole of
     * {@code kubeledger.*} is bound, beside the values that could not be converted and
     * the unknown keys, so that a start is refused naming all of them at once.
     */
    public List<String> problems() {
        return ConfigurationChecks.problems(this);
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
     * An AKS cluster, the location its OpenCost export is written to, its Log Analytics
     * workspace and the Azure Monitor workspace that holds its Prometheus metrics (by
     * name, one of {@link #monitorWorkspaces()}; none when null).
     */
    public record Cluster(String name, String resourceId, String opencostExport, String workspaceId,
            String workspaceResourceId, String monitorWorkspace) {

        /** A cluster without a workspace has no log ingestion to charge. */
        public boolean hasWorkspace() {
            return workspaceId != null;
        }
    }

    /**
     * An Azure Monitor workspace (or any server speaking the Prometheus HTTP API) that
     * holds clusters' Prometheus metrics: its name in the configuration, its ARM id
     * (whose bill rows are its cost) and its Prometheus query endpoint.
     */
    public record MonitorWorkspace(String name, String resourceId, String queryEndpoint) {
    }

    /**
     * A resource that exists only to monitor clusters (Managed Grafana, the kube-audit
     * storage account, a data collection endpoint, an action group): its ARM id, whose
     * bill rows are its cost, and the clusters it serves by name (every configured
     * cluster when none are named).
     */
    public record MonitoringResource(String resourceId, List<String> clusters) {

        public MonitoringResource {
            clusters = clusters == null ? List.of() : List.copyOf(clusters);
        }

        /** The resource's name: the last segment of its id. */
        public String name() {
            return ResourceIds.name(resourceId);
        }

        /** The clusters it serves, of {@code all}, in their order. */
        public List<Cluster> servedOf(List<Cluster> all) {
            return clusters.isEmpty() ? all
                    : all.stream().filter(cluster -> clusters.contains(cluster.name())).toList();
        }
    }

    /**
     * What of the bill is monitoring beside the Log Analytics workspaces: the monitor
     * workspaces a cluster names and the monitoring resources, each's name by its ARM id
     * in lower case.
     */
    public Map<String, String> monitoringResourceNames() {
        Map<String, String> names = new TreeMap<>();
        monitorWorkspaces.stream()
            .filter(workspace -> clusters.stream()
                .anyMatch(cluster -> workspace.name().equals(cluster.monitorWorkspace())))
            .forEach(workspace -> names.put(workspace.resourceId().toLowerCase(Locale.ROOT), workspace.name()));
        monitoringResources
            .forEach(resource -> names.put(resource.resourceId().toLowerCase(Locale.ROOT), resource.name()));
        return names;
    }

    /** The monitor workspace of that name, if one is configured. */
    public Optional<MonitorWorkspace> monitorWorkspace(String name) {
        return monitorWorkspaces.stream().filter(workspace -> workspace.name().equals(name)).findFirst();
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

    /** Whether a name is one of {@link #RESERVED_TEAMS}, whatever its case. */
    public static boolean isReservedTeam(String name) {
        return RESERVED_TEAMS.contains(name.toLowerCase(Locale.ROOT));
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
