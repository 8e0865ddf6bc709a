package io.kubeledger.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.kubeledger.config.KubeledgerProperties.Cluster;
import io.kubeledger.config.KubeledgerProperties.MonitorWorkspace;
import io.kubeledger.config.KubeledgerProperties.MonitoringResource;

/**
 * The checks of {@code kubeledger.monitor-workspaces} and of the clusters'
 * {@code monitor-workspace}: each workspace named once, with an Azure Monitor workspace's
 * ARM id and a query endpoint; each cluster's a configured one. And of
 * {@code kubeledger.monitoring-resources}: each an ARM id, once, not a cluster's or
 * workspace's (their bill is charged already), serving configured clusters.
 */
final class MonitorWorkspaceChecks {

    private static final Pattern MONITOR_WORKSPACE_RESOURCE_ID = Pattern
        .compile("(?i)/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\\.Monitor/accounts/[^/]+");

    private static final Pattern RESOURCE_ID = Pattern
        .compile("(?i)/subscriptions/[^/]+/resourceGroups/[^/]+/providers/[^/]+/[^/]+/[^/]+(/[^/]+/[^/]+)*");

    private MonitorWorkspaceChecks() {
    }

    static void validate(List<MonitorWorkspace> workspaces, List<Cluster> clusters, List<String> problems) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < workspaces.size(); i++) {
            MonitorWorkspace workspace = workspaces.get(i);
            String key = "kubeledger.monitor-workspaces[" + i + "].";
            ConfigurationChecks.checkUniqueName(key + "name", workspace.name(), names, problems);
            if (workspace.resourceId() == null
                    || !MONITOR_WORKSPACE_RESOURCE_ID.matcher(workspace.resourceId()).matches()) {
                problems.add(key + "resource-id: must be an Azure Monitor workspace resource id "
                        + "(/subscriptions/…/resourceGroups/…/providers/Microsoft.Monitor/accounts/…), was '"
                        + workspace.resourceId() + "'");
            }
            if (!isHttpUrl(workspace.queryEndpoint())) {
                problems.add(key + "query-endpoint: must be the workspace's Prometheus query endpoint, an http(s) URL "
                        + "(https://<workspace>-<id>.<region>.prometheus.monitor.azure.com), was '"
                        + workspace.queryEndpoint() + "'");
            }
        }
        for (int i = 0; i < clusters.size(); i++) {
            String named = clusters.get(i).monitorWorkspace();
            if (named != null && !names.contains(named)) {
                problems.add("kubeledger.clusters[" + i + "].monitor-workspace: '" + named
                        + "' is not one of kubeledger.monitor-workspaces");
            }
        }
    }

    static void validateResources(List<MonitoringResource> resources, List<Cluster> clusters,
            List<MonitorWorkspace> workspaces, List<String> problems) {
        Set<String> charged = new HashSet<>();
        workspaces.forEach(workspace -> charged.add(lower(workspace.resourceId())));
        for (Cluster cluster : clusters) {
            charged.add(lower(cluster.resourceId()));
            charged.add(lower(cluster.workspaceResourceId()));
        }
        Set<String> clusterNames = new HashSet<>();
        clusters.forEach(cluster -> clusterNames.add(cluster.name()));
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < resources.size(); i++) {
            MonitoringResource resource = resources.get(i);
            String key = "kubeledger.monitoring-resources[" + i + "].";
            if (resource.resourceId() == null || !RESOURCE_ID.matcher(resource.resourceId()).matches()) {
                problems.add(key + "resource-id: must be a resource id (/subscriptions/…/resourceGroups/…/providers/"
                        + "<namespace>/<type>/<name>), was '" + resource.resourceId() + "'");
                continue;
            }
            String id = lower(resource.resourceId());
            if (!ids.add(id)) {
                problems.add(key + "resource-id: '" + resource.resourceId() + "' is listed twice");
            }
            else if (charged.contains(id)) {
                problems.add(key + "resource-id: '" + resource.resourceId()
                        + "' is a cluster's or workspace's, charged already");
            }
            resource.clusters()
                .stream()
                .filter(name -> !clusterNames.contains(name))
                .forEach(name -> problems
                    .add(key + "clusters: '" + name + "' is not one of kubeledger.clusters' names"));
        }
    }

    private static String lower(String id) {
        return id == null ? "" : id.toLowerCase(Locale.ROOT);
    }

    private static boolean isHttpUrl(String value) {
        if (value == null) {
            return false;
        }
        try {
            URI uri = new URI(value);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        }
        catch (URISyntaxException e) {
            return false;
        }
    }

}
