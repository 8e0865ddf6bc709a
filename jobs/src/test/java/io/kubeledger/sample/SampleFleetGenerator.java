package io.kubeledger.sample;

import java.io.BufferedWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Makes a local snapshot of a fleet of any size: one OpenCost export per cluster, in the
 * layouts OpenCost has written (cluster i gets layout i mod 4), each workspace's tables
 * list and query answers (cluster i shares the workspace of cluster i - 1 when i mod 4 is
 * 3), each cluster's control plane as ARM describes it and its kube-audit archive
 * ({@link SampleControlPlaneWriter}), and the {@code kubeledger.yaml} that configures it.
 * The same arguments always give the same bytes; {@code samples/} is this generator's
 * output with its defaults.
 *
 * <pre>
 * SampleFleetGenerator OUT_DIR [--clusters N] [--teams N] [--days N] [--end YYYY-MM-DD] [--seed N]
 *     [--workloads N]
 * </pre>
 */
public final class SampleFleetGenerator {

    static final String ACCOUNT = "stfinopsexports";
    static final String CONTAINER = "opencost";
    static final List<String> SHARED_NAMESPACES = List.of("kube-system", "monitoring", "ingress-nginx");

    private static final List<String> CLUSTER_NAMES = List.of("aks-prod-weu", "aks-prod-eus", "aks-dev-weu",
            "aks-data-neu");

    private static final List<String> TEAM_NAMES = List.of("payments", "checkout", "search", "data-platform",
            "identity", "ml");

    /**
     * The monthly budgets of some teams: payments' is below its October of the bundled
     * sample, so its letter is flagged; data-platform and ml have none, as a team need
     * not.
     */
    private static final Map<String, Integer> BUDGETS = Map.of("payments", 4000, "checkout", 3500, "search", 4000,
            "identity", 3500);

    /** The fleet's monthly budget per cluster. */
    private static final int BUDGET_PER_CLUSTER = 6250;

    private static final String CURRENT_COLUMNS = "Date,Namespace,ControllerKind,ControllerName,Pod,Container,"
            + "CPUCoreUsageAverage,CPUCoreRequestAverage,RAMBytesUsageAverage,RAMBytesRequestAverage,"
            + "NetworkReceiveBytes,NetworkTransferBytes,GPUs,PVBytes,CPUCost,RAMCost,NetworkCost,PVCost,GPUCost,TotalCost";

    private static final double CPU_CORE_HOUR = 0.031611;

    private static final double RAM_GIB_HOUR = 0.004237;

    private static final double GIB = 1024.0 * 1024 * 1024;

    /** Short, so that the sample's audit archives stay small. */
    private static final int AUDIT_RETENTION_DAYS = 14;

    /** The shapes an export file takes. */
    enum Layout {

        /** Current columns, {@code Labels} appended (EXPORT_CSV_LABELS_ALL). */
        CURRENT_WITH_LABELS,
        /** Before late 2024: {@code Labels} as the 7th column. */
        LABELS_AS_COLUMN_7,
        /** Current columns and {@code Label_<name>} columns (EXPORT_CSV_LABELS_LIST). */
        LABEL_COLUMNS,
        /**
         * Union-merged: no labels at first, then {@code Labels} appended, then
         * {@code Label_team}; older rows empty.
         */
        UNION_MERGED

    }

    private final long seed;

    /**
     * The days before a fleet's first that its monitor workspace answers too (with no
     * series): a run early in the fleet's history looks back 14 days, the default.
     */
    private static final int LOOKBACK_BEFORE_THE_EXPORTS = 13;

    private final Random random;

    /**
     * The pod-days of the cluster being written that its monitor workspace has metrics
     * of; null for a cluster without one.
     */
    private List<SamplePrometheusWriter.PodDay> monitored;

    /**
     * The first cluster's pod-days of the last fleet written that its monitor workspace
     * has.
     */
    private List<SamplePrometheusWriter.PodDay> monitoredPodDays = List.of();

    private final int clusters;

    private final int teams;

    private final int days;

    private final LocalDate end;

    private final int workloadsPerNamespace;

    public SampleFleetGenerator(long seed, int clusters, int teams, int days, LocalDate end,
            int workloadsPerNamespace) {
        this.seed = seed;
        this.random = new Random(seed);
        this.clusters = clusters;
        this.teams = teams;
        this.days = days;
        this.end = end;
        this.workloadsPerNamespace = workloadsPerNamespace;
    }

    public static void main(String[] args) throws IOException {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        new SampleFleetGenerator(Long.parseLong(options.getOrDefault("seed", "42")),
                Integer.parseInt(options.getOrDefault("clusters", "4")),
                Integer.parseInt(options.getOrDefault("teams", "6")),
                Integer.parseInt(options.getOrDefault("days", "45")),
                LocalDate.parse(options.getOrDefault("end", "2026-10-31")),
                Integer.parseInt(options.getOrDefault("workloads", "3")))
            .write(Path.of(args[0]));
    }

    /**
     * The pod-days of the last fleet written whose metrics its first cluster's monitor
     * workspace holds.
     */
    public List<SamplePrometheusWriter.PodDay> monitoredPodDays() {
        return monitoredPodDays;
    }

    /**
     * Writes the snapshot under {@code root} and returns the path of its
     * {@code kubeledger.yaml}.
     */
    public Path write(Path root) throws IOException {
        List<Team> fleetTeams = teams();
        StringBuilder yaml = new StringBuilder();
        yaml.append("# A fleet made by SampleFleetGenerator: ")
            .append(clusters)
            .append(" clusters, ")
            .append(teams)
            .append(" teams, ")
            .append(days)
            .append(" days to ")
            .append(end)
            .append(".\n");
        yaml.append("kubeledger:\n  source: local\n  local-root: ")
            .append(root)
            .append("\n  currency: USD\n")
            .append("  team-label: team\n  max-skip-ratio: 0.01\n  teams:\n");
        for (Team team : fleetTeams) {
            yaml.append("    - name: ").append(team.name).append('\n');
            if (BUDGETS.containsKey(team.name)) {
                yaml.append("      monthly-budget: ").append(BUDGETS.get(team.name)).append('\n');
            }
            yaml.append("      cost-center: ")
                .append(team.costCenter)
                .append("\n      owner-email: ")
                .append(team.name)
                .append("-leads@example.com\n      namespaces: [")
                .append(String.join(", ", team.namespaceRules))
                .append("]\n");
        }
        yaml.append("  budget:\n    total: ").append(BUDGET_PER_CLUSTER * clusters).append('\n');
        yaml.append("  shared-namespaces: [")
            .append(String.join(", ", SHARED_NAMESPACES))
            .append("]\n")
            .append("  shared-cost-split: weighted\n")
            .append("  prices:\n    log-analytics-gb: 2.30\n    basic-logs-gb: 0.50\n")
            .append("    auxiliary-logs-gb: 0.05\n    logs-query-scanned-gb: 0.005\n")
            .append("  compliance:\n    audit-retention-days: ")
            .append(AUDIT_RETENTION_DAYS)
            .append('\n')
            .append("  billing:\n    cost-export: ")
            .append(SampleBillWriter.EXPORT_URL)
            .append('\n')
            .append("  clusters:\n");
        Map<String, Workspace> workspaces = new LinkedHashMap<>();
        StringBuilder monitorWorkspaces = new StringBuilder("  monitor-workspaces:\n");
        Workspace workspace = null;
        List<SampleControlPlaneWriter.Cluster> controlPlanes = new ArrayList<>();
        List<SampleBillWriter.Cluster> billed = new ArrayList<>();
        for (int c = 0; c < clusters; c++) {
            String name = c < CLUSTER_NAMES.size() ? CLUSTER_NAMES.get(c) : "aks-" + (c + 1);
            String subscription = uuid();
            String resourceGroup = "rg-" + name;
            String resourceId = "/subscriptions/" + subscription + "/resourceGroups/" + resourceGroup
                    + "/providers/Microsoft.ContainerService/managedClusters/" + name;
            // Drawn for every cluster so that the exports stay the same whichever
            // clusters share a workspace.
            String ownWorkspaceId = uuid();
            if (c % 4 != 3 || workspace == null) {
                workspace = new Workspace(ownWorkspaceId, "/subscriptions/" + subscription + "/resourceGroups/"
                        + resourceGroup + "/providers/Microsoft.OperationalInsights/workspaces/log-" + name,
                        new ArrayList<>());
                workspaces.put(workspace.id, workspace);
            }
            workspace.senders.add(new SampleWorkspaceWriter.Sender(resourceId, namespaces(fleetTeams)));
            SampleControlPlaneWriter.Cluster controlPlane = new SampleControlPlaneWriter.Cluster(name, resourceId,
                    workspace.resourceId);
            controlPlanes.add(controlPlane);
            String monitorWorkspace = c == 0 ? "amw-" + name : null;
            yaml.append("    - name: ")
                .append(name)
                .append("\n      resource-id: ")
                .append(resourceId)
                .append("\n      opencost-export: https://")
                .append(ACCOUNT)
                .append(".blob.core.windows.net/")
                .append(CONTAINER)
                .append('/')
                .append(name)
                .append(".csv")
                .append("\n      workspace-id: ")
                .append(workspace.id)
                .append("\n      workspace-resource-id: ")
                .append(workspace.resourceId)
                .append('\n');
            if (monitorWorkspace != null) {
                yaml.append("      monitor-workspace: ").append(monitorWorkspace).append('\n');
                monitorWorkspaces.append("    - name: ")
                    .append(monitorWorkspace)
                    .append("\n      resource-id: /subscriptions/")
                    .append(subscription)
                    .append("/resourceGroups/")
                    .append(resourceGroup)
                    .append("/providers/Microsoft.Monitor/accounts/")
                    .append(monitorWorkspace)
                    .append("\n      query-endpoint: https://")
                    .append(monitorWorkspace)
                    .append("-")
                    .append(Integer.toHexString(monitorWorkspace.hashCode() & 0xffff))
                    .append(".westeurope.prometheus.monitor.azure.com\n");
                monitored = new ArrayList<>();
            }
            Path export = root.resolve("blob").resolve(ACCOUNT).resolve(CONTAINER).resolve(name + ".csv");
            Map<LocalDate, double[]> allocated = writeExport(export, Layout.values()[c % Layout.values().length],
                    workloads(fleetTeams));
            if (monitorWorkspace != null) {
                List<LocalDate> answered = end.minusDays(days - 1L + LOOKBACK_BEFORE_THE_EXPORTS)
                    .datesUntil(end.plusDays(1))
                    .toList();
                new SamplePrometheusWriter(name, monitorWorkspace, end).write(root, answered, monitored);
                monitoredPodDays = List.copyOf(monitored);
                monitored = null;
            }
            billed.add(new SampleBillWriter.Cluster(c, name, subscription, resourceGroup,
                    SampleControlPlaneWriter.nodeResourceGroup(controlPlane), allocated));
        }
        List<SampleBillWriter.Workspace> ingested = writeWorkspaces(root, workspaces.values(), fleetTeams);
        new SampleControlPlaneWriter(root, end, AUDIT_RETENTION_DAYS).write(controlPlanes);
        List<SampleBillWriter.Monitoring> monitoring = monitoring(billed, yaml);
        new SampleBillWriter(root, end.minusDays(days - 1L), end).write(billed, ingested, monitoring, this::uuid);
        yaml.append(monitorWorkspaces);
        Path config = root.resolve("kubeledger.yaml");
        Files.writeString(config, yaml.toString(), StandardCharsets.UTF_8);
        return config;
    }

    /**
     * The fleet's monitoring on the bill: the first cluster's monitor workspace (samples
     * ingested and queried), the Managed Grafana of every cluster and the storage account
     * of the kube-audit archives, which serves the clusters archiving to it; the last two
     * configured as monitoring resources.
     */
    private static List<SampleBillWriter.Monitoring> monitoring(List<SampleBillWriter.Cluster> clusters,
            StringBuilder yaml) {
        SampleBillWriter.Cluster first = clusters.get(0);
        String group = "/subscriptions/" + first.subscription() + "/resourceGroups/";
        String grafana = group + "rg-monitoring/providers/Microsoft.Dashboard/grafana/grafana-fleet";
        String audit = SampleControlPlaneWriter.auditAccountId(first.subscription());
        yaml.append("  monitoring-resources:\n    - resource-id: ")
            .append(grafana)
            .append("\n    - resource-id: ")
            .append(audit)
            .append("\n      clusters: [")
            .append(String.join(", ",
                    clusters.stream()
                        .filter(c -> SampleControlPlaneWriter.archivesToTheAuditAccount(c.index()))
                        .map(SampleBillWriter.Cluster::name)
                        .toList()))
            .append("]\n");
        return List.of(
                new SampleBillWriter.Monitoring(
                        group + first.resourceGroup() + "/providers/Microsoft.Monitor/accounts/amw-" + first.name(),
                        "Microsoft.Monitor/accounts", List.of("1.84", "0.03")),
                new SampleBillWriter.Monitoring(grafana, "Microsoft.Dashboard/grafana", List.of("2.16")),
                new SampleBillWriter.Monitoring(audit, "Microsoft.Storage/storageAccounts", List.of("0.42")));
    }

    /**
     * Log data comes from a random of its own, so that the exports do not change with it.
     * A workspace shared by several clusters also holds the logs of a cluster the
     * configuration does not name.
     */
    private List<SampleBillWriter.Workspace> writeWorkspaces(Path root, Collection<Workspace> workspaces,
            List<Team> fleetTeams) throws IOException {
        List<SampleBillWriter.Workspace> ingested = new ArrayList<>();
        Random logRandom = new Random(seed + 1);
        SampleWorkspaceWriter writer = new SampleWorkspaceWriter(logRandom, end.minusDays(days - 1L), days);
        int index = 0;
        for (Workspace workspace : workspaces) {
            List<SampleWorkspaceWriter.Sender> senders = new ArrayList<>(workspace.senders);
            if (senders.size() > 1) {
                String subscription = workspace.resourceId.split("/")[2];
                senders.add(new SampleWorkspaceWriter.Sender("/subscriptions/" + subscription
                        + "/resourceGroups/rg-aks-legacy/providers/Microsoft.ContainerService/managedClusters/aks-legacy",
                        List.of("kube-system", "legacy-batch")));
            }
            ingested.add(new SampleBillWriter.Workspace(workspace.resourceId,
                    writer.write(root, index++, workspace.id, workspace.resourceId, senders)));
        }
        return ingested;
    }

    private static List<String> namespaces(List<Team> fleetTeams) {
        List<String> namespaces = new ArrayList<>();
        fleetTeams.forEach(team -> namespaces.addAll(team.namespaces));
        namespaces.addAll(SHARED_NAMESPACES);
        namespaces.add("sandbox");
        return namespaces;
    }

    private List<Team> teams() {
        List<Team> result = new ArrayList<>();
        for (int t = 0; t < teams; t++) {
            String name = t < TEAM_NAMES.size() ? TEAM_NAMES.get(t) : "team-" + (t + 1);
            List<String> rules = name.equals("data-platform") ? List.of("spark-*") : List.of(name, name + "-jobs");
            List<String> namespaces = name.equals("data-platform") ? List.of("spark-etl", "spark-ml") : rules;
            result.add(new Team(name, "CC-" + (1001 + t), rules, namespaces));
        }
        return result;
    }

    private List<Workload> workloads(List<Team> fleetTeams) {
        List<Workload> workloads = new ArrayList<>();
        for (Team team : fleetTeams) {
            for (String namespace : team.namespaces) {
                for (int w = 0; w < workloadsPerNamespace; w++) {
                    // Most pods carry the team label; some rely on their namespace; a few
                    // name an unregistered team.
                    int roll = random.nextInt(20);
                    String label = roll < 14 ? team.name : roll < 19 ? null : "growth";
                    workloads
                        .add(workload(namespace, team.name + "-svc-" + (w + 1), label, namespace.startsWith("spark-")));
                }
            }
        }
        for (String namespace : SHARED_NAMESPACES) {
            workloads.add(workload(namespace, namespace.replace("kube-", "") + "-agent", null, false));
        }
        workloads.add(workload("sandbox", "tryout", null, false).abandoned());
        workloads.add(workload("__unmounted__", "", null, false));
        return workloads;
    }

    private Workload workload(String namespace, String controller, String teamLabel, boolean batch) {
        double cpuRequest = (1 + random.nextInt(20)) * 0.1;
        double ramRequest = (1 + random.nextInt(32)) * 256 * 1024 * 1024.0;
        int replicas = 1 + random.nextInt(3);
        List<String> containers = random.nextInt(4) == 0 ? List.of(controller, "istio-proxy") : List.of(controller);
        return new Workload(namespace, controller, teamLabel, batch, cpuRequest, ramRequest, replicas, containers,
                random.nextDouble() * 0.9 + 0.05, random.nextDouble() * 0.9 + 0.1, 1);
    }

    /**
     * Writes a cluster's export; returns what it allocated each day: compute (CPU and
     * RAM), storage, network.
     */
    private Map<LocalDate, double[]> writeExport(Path file, Layout layout, List<Workload> workloads)
            throws IOException {
        Map<LocalDate, double[]> allocated = new LinkedHashMap<>();
        Files.createDirectories(file.getParent());
        List<String> header = header(layout, days);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", header));
            out.write('\n');
            for (int d = 0; d < days; d++) {
                LocalDate day = end.minusDays(days - 1 - d);
                for (Workload workload : workloads) {
                    if (workload.batch && random.nextInt(3) == 0) {
                        continue;
                    }
                    for (int p = 0; p < workload.replicas; p++) {
                        for (String container : workload.containers) {
                            out.write(row(layout, header.size(), d, day, workload, p, container,
                                    allocated.computeIfAbsent(day, k -> new double[3])));
                            out.write('\n');
                        }
                    }
                }
            }
        }
        return allocated;
    }

    private static List<String> header(Layout layout, int days) {
        List<String> columns = new ArrayList<>(List.of(CURRENT_COLUMNS.split(",")));
        switch (layout) {
            case CURRENT_WITH_LABELS -> columns.add("Labels");
            case LABELS_AS_COLUMN_7 -> columns.add(6, "Labels");
            case LABEL_COLUMNS -> columns.addAll(List.of("Label_team", "Label_app_kubernetes_io_name"));
            case UNION_MERGED -> columns.addAll(List.of("Labels", "Label_team"));
        }
        return columns;
    }

    private String row(Layout layout, int columnCount, int dayIndex, LocalDate day, Workload w, int replica,
            String container, double[] allocated) {
        boolean unmounted = w.namespace.equals("__unmounted__");
        double cpuRequest = unmounted ? 0 : w.cpuRequest;
        double ramRequest = unmounted ? 0 : w.ramRequest;
        double cpuUsage = cpuRequest * w.cpuUtilisation * (0.7 + random.nextDouble() * 0.6);
        double ramUsage = ramRequest * w.ramUtilisation * (0.8 + random.nextDouble() * 0.4);
        double pvBytes = unmounted || random.nextInt(4) == 0 ? 50 * GIB : 0;
        double cpuCost = Math.max(cpuRequest, cpuUsage) * CPU_CORE_HOUR * 24;
        double ramCost = Math.max(ramRequest, ramUsage) / GIB * RAM_GIB_HOUR * 24;
        double networkCost = random.nextDouble() * 0.02;
        double pvCost = pvBytes / GIB * 0.000164 * 24;
        // A load balancer, shared or external: what OpenCost lists under no resource.
        double unlistedCost = random.nextInt(10) == 0 ? random.nextDouble() * 0.5 : 0;
        double totalCost = cpuCost + ramCost + networkCost + pvCost + unlistedCost;
        allocated[0] += cpuCost + ramCost;
        allocated[1] += pvCost;
        allocated[2] += networkCost;
        String pod = unmounted ? ""
                : w.controller + "-" + Integer.toHexString(w.controller.hashCode() & 0xfffff) + "-" + replica;
        if (monitored != null && SamplePrometheusWriter.NAMESPACES.contains(w.namespace)) {
            monitored.add(new SamplePrometheusWriter.PodDay(day, w.namespace, w.controller, pod, container, cpuUsage,
                    ramUsage));
        }
        String labels = w.teamLabel == null ? "{\"app\":\"" + w.controller + "\"}"
                : "{\"app\":\"" + w.controller + "\",\"team\":\"" + w.teamLabel + "\"}";
        Map<String, String> cells = new LinkedHashMap<>();
        cells.put("Date", day.toString());
        cells.put("Namespace", w.namespace);
        cells.put("ControllerKind", unmounted ? "" : w.batch ? "job" : "deployment");
        cells.put("ControllerName", w.controller);
        cells.put("Pod", pod);
        cells.put("Container", unmounted ? "" : container);
        cells.put("CPUCoreUsageAverage", go(cpuUsage));
        cells.put("CPUCoreRequestAverage", go(cpuRequest));
        cells.put("RAMBytesUsageAverage", go(Math.rint(ramUsage)));
        cells.put("RAMBytesRequestAverage", go(ramRequest));
        cells.put("NetworkReceiveBytes", go(Math.rint(random.nextDouble() * 5e8 * w.networkShare)));
        cells.put("NetworkTransferBytes", go(Math.rint(random.nextDouble() * 5e8 * w.networkShare)));
        cells.put("GPUs", "0");
        cells.put("PVBytes", go(pvBytes));
        cells.put("CPUCost", go(cpuCost));
        cells.put("RAMCost", go(ramCost));
        cells.put("NetworkCost", go(networkCost));
        cells.put("PVCost", go(pvCost));
        cells.put("GPUCost", "0");
        cells.put("TotalCost", go(totalCost));
        List<String> values = new ArrayList<>(cells.values());
        switch (layout) {
            case CURRENT_WITH_LABELS -> values.add(quoted(labels));
            case LABELS_AS_COLUMN_7 -> values.add(6, quoted(labels));
            case LABEL_COLUMNS -> {
                values.add(w.teamLabel == null ? "" : w.teamLabel);
                values.add(w.controller);
            }
            case UNION_MERGED -> {
                // The first third of the days predate labels; the second third predates
                // Label_team.
                boolean hasLabels = dayIndex >= days / 3;
                boolean hasLabelColumn = dayIndex >= 2 * days / 3;
                values.add(hasLabels ? quoted(labels) : "");
                values.add(hasLabelColumn && w.teamLabel != null ? w.teamLabel : "");
            }
        }
        if (values.size() != columnCount) {
            throw new IllegalStateException("row has " + values.size() + " cells for " + columnCount + " columns");
        }
        return values.stream().collect(Collectors.joining(","));
    }

    /**
     * Go's FormatFloat(f, 'f', -1, 64): plain decimal, no exponent, shortest digits that
     * read back the same.
     */
    static String go(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    private static String quoted(String json) {
        return "\"" + json.replace("\"", "\"\"") + "\"";
    }

    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private record Workspace(String id, String resourceId, List<SampleWorkspaceWriter.Sender> senders) {
    }

    private record Team(String name, String costCenter, List<String> namespaceRules, List<String> namespaces) {
    }

    private record Workload(String namespace, String controller, String teamLabel, boolean batch, double cpuRequest,
            double ramRequest, int replicas, List<String> containers, double cpuUtilisation, double ramUtilisation,
            double networkShare) {

        /**
         * The same workload left running by someone who has moved on: no CPU to speak of,
         * hardly any traffic.
         */
        Workload abandoned() {
            return new Workload(namespace, controller, teamLabel, batch, cpuRequest, ramRequest, replicas, containers,
                    0.0005, 0.05, 0.0001);
        }
    }

}
