package io.kubeledger.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes what compliance reads of a snapshot, in ARM's wire format: each cluster
 * ({@code arm/<id>.json}), its diagnostic settings, the audit storage accounts' lifecycle
 * and immutability policies, and the kube-audit archive's hourly blobs. Cluster i follows
 * pattern i mod 4: 0 as recommended; 1 through category groups, legacy tables, a
 * lifecycle rule that deletes too soon and a gap across midnight; 2 kube-audit to Log
 * Analytics only; 3 string booleans and an archive too short, in an account without
 * policies.
 */
final class SampleControlPlaneWriter {

    static final String PROD_ACCOUNT = "staksauditprod";
    static final String DEV_ACCOUNT = "staksauditdev";

    private static final String CONTAINER = "insights-logs-kube-audit";

    /** A cluster and the workspace its settings send to. */
    record Cluster(String name, String resourceId, String workspaceResourceId) {
    }

    private final Path root;

    private final LocalDate end;

    private final int retentionDays;

    SampleControlPlaneWriter(Path root, LocalDate end, int retentionDays) {
        this.root = root;
        this.end = end;
        this.retentionDays = retentionDays;
    }

    void write(List<Cluster> clusters) throws IOException {
        String subscription = clusters.get(0).resourceId().split("/")[2];
        String prod = storageAccountId(subscription, PROD_ACCOUNT);
        String dev = storageAccountId(subscription, DEV_ACCOUNT);
        List<String> shortLivedPrefixes = new ArrayList<>();
        for (int i = 0; i < clusters.size(); i++) {
            Cluster cluster = clusters.get(i);
            int pattern = i % 4;
            arm(cluster.resourceId(), clusterBody(cluster, pattern == 0 || pattern == 2, pattern <= 1, i == 0));
            arm(cluster.resourceId() + "/providers/Microsoft.Insights/diagnosticSettings",
                    settings(cluster, pattern, prod, dev));
            if (pattern <= 2) {
                dataCollectionRule(cluster, pattern == 2 ? "5m" : "1m");
            }
            switch (pattern) {
                case 0 -> archive(PROD_ACCOUNT, cluster, retentionDays + 2, null);
                case 1 -> {
                    archive(PROD_ACCOUNT, cluster, retentionDays + 2, end.minusDays(5).atTime(22, 0));
                    shortLivedPrefixes.add(CONTAINER + "/resourceId=/SUBSCRIPTIONS/"
                            + cluster.resourceId().split("/")[2].toUpperCase(Locale.ROOT) + "/");
                }
                case 3 -> archive(DEV_ACCOUNT, cluster, retentionDays - 4, null);
                default -> {
                } // kube-audit goes to Log Analytics only: no archive
            }
        }
        arm(prod + "/managementPolicies/default", managementPolicy(shortLivedPrefixes));
        arm(prod + "/blobServices/default/containers/" + CONTAINER + "/immutabilityPolicies/default", """
                {"id":"%s/blobServices/default/containers/%s/immutabilityPolicies/default","name":"default",
                 "type":"Microsoft.Storage/storageAccounts/blobServices/containers/immutabilityPolicies",
                 "etag":"\\"8dc0f4f5a1b2c3d\\"","properties":{"immutabilityPeriodSinceCreationInDays":400,
                 "state":"Locked","allowProtectedAppendWrites":true}}
                """.formatted(prod, CONTAINER));
    }

    /**
     * The storage account the kube-audit logs of the clusters of patterns 0 and 1 are
     * archived to.
     */
    static String auditAccountId(String subscription) {
        return storageAccountId(subscription, PROD_ACCOUNT);
    }

    /** Whether the cluster of that index archives its kube-audit logs to it. */
    static boolean archivesToTheAuditAccount(int index) {
        return index % 4 <= 1;
    }

    /**
     * Container insights' rule {@code MSCI-<region>-<cluster>} and its association with
     * the cluster, collecting every {@code interval} (the third pattern's
     * cost-optimized).
     */
    private void dataCollectionRule(Cluster cluster, String interval) throws IOException {
        String group = cluster.resourceId().substring(0, cluster.resourceId().indexOf("/providers/"));
        String rule = group + "/providers/Microsoft.Insights/dataCollectionRules/MSCI-westeurope-" + cluster.name();
        String associations = cluster.resourceId() + "/providers/Microsoft.Insights/dataCollectionRuleAssociations";
        arm(associations, """
                {"value":[{"id":"%s/ContainerInsightsExtension","name":"ContainerInsightsExtension",
                 "type":"Microsoft.Insights/dataCollectionRuleAssociations",
                 "properties":{"description":"Association of data collection rule.","dataCollectionRuleId":"%s"}}]}
                """.formatted(associations, rule));
        arm(rule, """
                {"id":"%s","name":"MSCI-westeurope-%s","type":"Microsoft.Insights/dataCollectionRules",
                 "location":"westeurope","kind":"Linux",
                 "properties":{"dataSources":{"extensions":[{"name":"ContainerInsightsExtension",
                   "streams":["Microsoft-ContainerInsights-Group-Default"],"extensionName":"ContainerInsights",
                   "extensionSettings":{"dataCollectionSettings":{"interval":"%s","namespaceFilteringMode":"Off",
                     "enableContainerLogV2":true}}}]},
                  "destinations":{"logAnalytics":[{"workspaceResourceId":"%s","name":"ciworkspace"}]},
                  "dataFlows":[{"streams":["Microsoft-ContainerInsights-Group-Default"],
                                "destinations":["ciworkspace"]}]}}
                """.formatted(rule, cluster.name(), interval, cluster.workspaceResourceId()));
    }

    private static String storageAccountId(String subscription, String account) {
        return "/subscriptions/" + subscription
                + "/resourceGroups/rg-audit/providers/Microsoft.Storage/storageAccounts/" + account;
    }

    /**
     * {@code prometheus}: Managed Prometheus enabled (the first cluster's, which has a
     * monitor workspace).
     */
    private static String clusterBody(Cluster cluster, boolean autoscale, boolean entraId, boolean prometheus) {
        return """
                {"id":"%s","location":"westeurope","name":"%s","type":"Microsoft.ContainerService/ManagedClusters",
                 "tags":{"environment":"%s","owner":"platform-team"},
                 "sku":{"name":"Base","tier":"Standard"},
                 "properties":{"provisioningState":"Succeeded","kubernetesVersion":"1.31.2",
                  "nodeResourceGroup":"%s",
                  "agentPoolProfiles":[{"name":"system","count":3,"vmSize":"Standard_D4ds_v5","mode":"System",
                                        "enableAutoScaling":false},
                                       {"name":"user","count":5,"vmSize":"Standard_D8ds_v5","mode":"User",
                                        "enableAutoScaling":%s,"minCount":3,"maxCount":12}]%s%s}}
                """.formatted(cluster.resourceId(), cluster.name(), cluster.name()
            .contains("-dev-") ? "dev" : "prod", nodeResourceGroup(cluster), autoscale, entraId
                    ? ",\n  \"aadProfile\":{\"managed\":true,\"enableAzureRBAC\":true,\"tenantID\":\"72f988bf-0000-0000-0000-000000000000\"}"
                    : "",
                prometheus ? ",\n  \"azureMonitorProfile\":{\"metrics\":{\"enabled\":true,"
                        + "\"kubeStateMetrics\":{\"metricLabelsAllowlist\":\"\",\"metricAnnotationsAllowList\":\"\"}}}"
                        : "");
    }

    /**
     * AKS's default name of the resource group that holds a cluster's nodes, disks and
     * load balancers.
     */
    static String nodeResourceGroup(Cluster cluster) {
        String[] segments = cluster.resourceId().split("/");
        return "MC_" + segments[4] + "_" + cluster.name() + "_westeurope";
    }

    private static String settings(Cluster cluster, int pattern, String prod, String dev) {
        String ws = cluster.workspaceResourceId();
        return "{\"value\":[\n" + switch (pattern) {
            case 0 -> setting(cluster, "aks-logs",
                    logs("kube-apiserver", "kube-audit-admin", "kube-controller-manager", "cluster-autoscaler",
                            "guard"),
                    "false", ws, null, "\"Dedicated\"") + ",\n"
                    + setting(cluster, "aks-audit-archive", logs("kube-audit"), "false", null, prod, "null");
            case 1 -> setting(cluster, "diag-all", "{\"category\":null,\"categoryGroup\":\"allLogs\",\"enabled\":true}",
                    "false", ws, null, "null")
                    + ",\n"
                    + setting(cluster, "diag-audit",
                            "{\"category\":null,\"categoryGroup\":\"audit\",\"enabled\":\"True\"}", "false", null, prod,
                            "null");
            case 2 -> setting(cluster, "send-to-workspace",
                    logs("kube-apiserver", "kube-audit", "kube-controller-manager"), "true", ws, null, "\"Dedicated\"");
            default -> setting(cluster, "aks-diagnostics",
                    String.join(",", "{\"category\":\"kube-apiserver\",\"categoryGroup\":null,\"enabled\":\"True\"}",
                            "{\"category\":\"kube-audit\",\"categoryGroup\":null,\"enabled\":\"True\"}",
                            "{\"category\":\"kube-audit-admin\",\"categoryGroup\":null,\"enabled\":\"True\"}",
                            "{\"category\":\"kube-controller-manager\",\"categoryGroup\":null,\"enabled\":\"true\"}",
                            "{\"category\":\"kube-scheduler\",\"categoryGroup\":null,\"enabled\":\"False\"}"),
                    "false", ws, dev, "\"Dedicated\"");
        } + "\n]}\n";
    }

    private static String logs(String... categories) {
        List<String> logs = new ArrayList<>();
        for (String category : categories) {
            logs.add("{\"category\":\"" + category + "\",\"categoryGroup\":null,\"enabled\":true}");
        }
        return String.join(",", logs);
    }

    private static String setting(Cluster cluster, String name, String logs, String allMetrics, String workspace,
            String storage, String destinationType) {
        return "{\"id\":\"" + cluster.resourceId().toLowerCase(Locale.ROOT)
                + "/providers/microsoft.insights/diagnosticSettings/" + name + "\",\"type\":"
                + "\"Microsoft.Insights/diagnosticSettings\",\"name\":\"" + name + "\",\"location\":null,"
                + "\"kind\":null,\"tags\":null,\"properties\":{\"storageAccountId\":" + quoted(storage)
                + ",\"serviceBusRuleId\":null,\"workspaceId\":" + quoted(workspace) + ",\"eventHubAuthorizationRuleId\""
                + ":null,\"eventHubName\":null,\"metrics\":[{\"category\":\"AllMetrics\",\"enabled\":" + allMetrics
                + ",\"retentionPolicy\":{\"enabled\":false,\"days\":0}}],\"logs\":[" + logs
                + "],\"logAnalyticsDestinationType\":" + destinationType + "}}";
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private static String managementPolicy(List<String> shortLivedPrefixes) {
        List<String> rules = new ArrayList<>();
        rules.add(rule("keep-kube-audit", "insights-logs-kube-audit/", 400));
        rules.add(rule("admin-logs-30d", "insights-logs-kube-audit-admin/", 30));
        for (int i = 0; i < shortLivedPrefixes.size(); i++) {
            rules.add(rule("short-lived-" + (i + 1), shortLivedPrefixes.get(i), 7));
        }
        return "{\"id\":\"…/managementPolicies/default\",\"name\":\"DefaultManagementPolicy\",\"type\":"
                + "\"Microsoft.Storage/storageAccounts/managementPolicies\",\"properties\":{\"lastModifiedTime\":"
                + "\"2026-01-05T10:00:00Z\",\"policy\":{\"rules\":[\n" + String.join(",\n", rules) + "\n]}}}\n";
    }

    private static String rule(String name, String prefix, int days) {
        return "{\"enabled\":true,\"name\":\"" + name + "\",\"type\":\"Lifecycle\",\"definition\":{\"actions\":{"
                + "\"baseBlob\":{\"delete\":{\"daysAfterModificationGreaterThan\":" + days + "}}},\"filters\":{"
                + "\"blobTypes\":[\"appendBlob\"],\"prefixMatch\":[\"" + prefix + "\"]}}}";
    }

    /**
     * One blob per hour for the last {@code days} days, but four hours from
     * {@code gapStart} on.
     */
    private void archive(String account, Cluster cluster, int days, LocalDateTime gapStart) throws IOException {
        String resourceId = cluster.resourceId().toUpperCase(Locale.ROOT);
        Path folder = root.resolve("blob").resolve(account).resolve(CONTAINER).resolve("resourceId=" + resourceId);
        for (LocalDateTime hour = end.minusDays(days - 1L).atStartOfDay(); hour
            .isBefore(end.plusDays(1).atStartOfDay()); hour = hour.plusHours(1)) {
            if (gapStart != null && !hour.isBefore(gapStart) && hour.isBefore(gapStart.plusHours(4))) {
                continue;
            }
            Path blob = folder.resolve(String.format("y=%d/m=%02d/d=%02d/h=%02d/m=00/PT1H.json", hour.getYear(),
                    hour.getMonthValue(), hour.getDayOfMonth(), hour.getHour()));
            Files.createDirectories(blob.getParent());
            Files.writeString(blob, "{\"time\":\"" + hour + ":07.1234567Z\",\"resourceId\":\"" + resourceId
                    + "\",\"category\":\"kube-audit\",\"operationName\":\"Microsoft.ContainerService/managedClusters/"
                    + "diagnosticLogs/Read\",\"properties\":{\"log\":\"{\\\"kind\\\":\\\"Event\\\",\\\"apiVersion\\\":"
                    + "\\\"audit.k8s.io/v1\\\",\\\"verb\\\":\\\"get\\\"}\",\"stream\":\"stdout\",\"pod\":"
                    + "\"kube-apiserver-5d4f8b7c9-abcde\"}}\n", StandardCharsets.UTF_8);
        }
    }

    private void arm(String path, String body) throws IOException {
        Path file = root.resolve("arm").resolve(path.substring(1).toLowerCase(Locale.ROOT) + ".json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, body, StandardCharsets.UTF_8);
    }

}
