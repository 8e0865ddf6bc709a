package io.kubeledger.config;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.kubeledger.config.KubeledgerProperties.Cluster;
import io.kubeledger.config.KubeledgerProperties.Prices;

/**
 * The checks of {@code kubeledger.clusters}: names, resource ids, exports and workspaces,
 * each once; and of the prices that clusters with workspaces need.
 */
final class ClusterChecks {

    private static final Pattern CLUSTER_RESOURCE_ID = Pattern.compile(
            "(?i)/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.ContainerService/managedClusters/[^/]+");

    private static final Pattern WORKSPACE_RESOURCE_ID = Pattern.compile(
            "(?i)/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.OperationalInsights/workspaces/[^/]+");

    private static final Pattern GUID = Pattern
        .compile("(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

    private ClusterChecks() {
    }

    static void validateClusters(List<Cluster> clusters, List<String> problems) {
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
            ConfigurationChecks.checkUniqueName(key + "name", cluster.name(), names, problems);
            if (ConfigurationChecks.isBlank(cluster.resourceId())) {
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
            if (ConfigurationChecks.isBlank(cluster.opencostExport())) {
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

    static void validatePrices(Prices prices, List<String> problems) {
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

}
