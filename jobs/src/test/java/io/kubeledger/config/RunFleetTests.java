package io.kubeledger.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import io.kubeledger.config.KubeledgerProperties.Cluster;
import io.kubeledger.config.KubeledgerProperties.Workspace;

/**
 * The configuration only binds: what a run computes (a shard's clusters) is made from it
 * by {@link RunFleet}, and its problems are asked for, not thrown while binding.
 */
class RunFleetTests {

    private static final String WORKSPACE = "/subscriptions/s/resourceGroups/rg/providers/"
            + "Microsoft.OperationalInsights/workspaces/";

    @Test
    void aComputeShardComputesItsClustersAndTheirWorkspacesOnly() {
        // given: four clusters, two of them on one workspace, in two shards
        KubeledgerProperties shard0 = bind("compute", 0);

        // when
        RunFleet fleet0 = RunFleet.of(shard0);
        RunFleet fleet1 = RunFleet.of(bind("compute", 1));

        // then: the configuration keeps every cluster; the shards deal the workspaces, a
        // workspace's clusters together, and each computes only its own
        assertThat(shard0.clusters()).hasSize(4);
        assertThat(fleet0.clusters()).extracting(Cluster::name).containsExactly("aks-0", "aks-1", "aks-3");
        assertThat(fleet1.clusters()).extracting(Cluster::name).containsExactly("aks-2");
        assertThat(fleet0.workspaces()).extracting(Workspace::name).containsExactly("log-0", "log-3");
        assertThat(fleet1.workspaces()).extracting(Workspace::name).containsExactly("log-2");
        assertThat(shard0.problems()).isEmpty();
    }

    @Test
    void theReportsRunOfAShardedFleetSeesEveryCluster() {
        assertThat(RunFleet.of(bind("reports", 1)).clusters()).hasSize(4);
    }

    @Test
    void aWrongValueBindsAndIsNamedAmongTheProblems() {
        // given
        Map<String, String> keys = keys("compute", 0);
        keys.put("kubeledger.threads", "0");

        // when
        KubeledgerProperties properties = bind(keys);

        // then
        assertThat(properties.problems()).containsExactly("kubeledger.threads: must be at least 1, was 0");
    }

    @Test
    void aShardOfTheWholeRunIsRefusedInWords() {
        assertThat(bind("all", 0).problems()).containsExactly("kubeledger.phase: 'all' reports the whole fleet, so a "
                + "shard (shard.count 2) runs 'compute', and one run of 'reports' follows the shards");
    }

    @Test
    void aMonitorWorkspaceIsCheckedAndAClusterNamesAConfiguredOne() {
        // given: a workspace without a query endpoint, one with a Log Analytics id, twice
        // named, and a cluster naming one that is not configured
        Map<String, String> keys = keys("compute", 0);
        keys.put("kubeledger.monitor-workspaces[0].name", "amw");
        keys.put("kubeledger.monitor-workspaces[0].resource-id",
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Monitor/accounts/amw");
        keys.put("kubeledger.monitor-workspaces[1].name", "amw");
        keys.put("kubeledger.monitor-workspaces[1].resource-id", WORKSPACE + "log-0");
        keys.put("kubeledger.monitor-workspaces[1].query-endpoint",
                "https://amw-1.westeurope.prometheus.monitor.azure.com");
        keys.put("kubeledger.clusters[0].monitor-workspace", "amw");
        keys.put("kubeledger.clusters[1].monitor-workspace", "amw-eu");

        // then
        assertThat(bind(keys).problems()).containsExactly(
                "kubeledger.monitor-workspaces[0].query-endpoint: must be the workspace's Prometheus query endpoint, "
                        + "an http(s) URL (https://<workspace>-<id>.<region>.prometheus.monitor.azure.com), was 'null'",
                "kubeledger.monitor-workspaces[1].name: 'amw' is configured twice",
                "kubeledger.monitor-workspaces[1].resource-id: must be an Azure Monitor workspace resource id "
                        + "(/subscriptions/…/resourceGroups/…/providers/Microsoft.Monitor/accounts/…), was '"
                        + WORKSPACE + "log-0'",
                "kubeledger.clusters[1].monitor-workspace: 'amw-eu' is not one of kubeledger.monitor-workspaces");
    }

    @Test
    void aMonitoringResourceIsAResourceIdOnceOfNoClusterOrWorkspaceServingConfiguredClusters() {
        // given: a name for an id, the same resource twice, a cluster's own id, a cluster
        // that is not configured, and a right one
        Map<String, String> keys = keys("compute", 0);
        String grafana = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Dashboard/grafana/g-fleet";
        keys.put("kubeledger.monitoring-resources[0].resource-id", "g-fleet");
        keys.put("kubeledger.monitoring-resources[1].resource-id", grafana);
        keys.put("kubeledger.monitoring-resources[1].clusters[0]", "aks-1");
        keys.put("kubeledger.monitoring-resources[2].resource-id", grafana.toUpperCase(Locale.ROOT));
        keys.put("kubeledger.monitoring-resources[3].resource-id", keys.get("kubeledger.clusters[0].resource-id"));
        keys.put("kubeledger.monitoring-resources[4].resource-id",
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Insights/actionGroups/ag-oncall");
        keys.put("kubeledger.monitoring-resources[4].clusters[0]", "aks-9");

        // then
        assertThat(bind(keys).problems()).containsExactly(
                "kubeledger.monitoring-resources[0].resource-id: must be a resource id (/subscriptions/…/"
                        + "resourceGroups/…/providers/<namespace>/<type>/<name>), was 'g-fleet'",
                "kubeledger.monitoring-resources[2].resource-id: '" + grafana.toUpperCase(Locale.ROOT)
                        + "' is listed twice",
                "kubeledger.monitoring-resources[3].resource-id: '" + keys.get("kubeledger.clusters[0].resource-id")
                        + "' is a cluster's or workspace's, charged already",
                "kubeledger.monitoring-resources[4].clusters: 'aks-9' is not one of kubeledger.clusters' names");
    }

    private static KubeledgerProperties bind(String phase, int shard) {
        return bind(keys(phase, shard));
    }

    private static KubeledgerProperties bind(Map<String, String> keys) {
        return new Binder(new MapConfigurationPropertySource(keys)).bind("kubeledger", KubeledgerProperties.class)
            .get();
    }

    private static Map<String, String> keys(String phase, int shard) {
        Map<String, String> keys = new HashMap<>();
        keys.put("kubeledger.source", "azure");
        keys.put("kubeledger.output-dir", "target/run-fleet-tests");
        keys.put("kubeledger.phase", phase);
        keys.put("kubeledger.shard.count", "2");
        keys.put("kubeledger.shard.index", String.valueOf(shard));
        keys.put("kubeledger.prices.log-analytics-gb", "2.30");
        keys.put("kubeledger.prices.basic-logs-gb", "0.50");
        keys.put("kubeledger.prices.auxiliary-logs-gb", "0.05");
        keys.put("kubeledger.prices.logs-query-scanned-gb", "0.005");
        for (int i = 0; i < 4; i++) {
            String cluster = "kubeledger.clusters[" + i + "].";
            keys.put(cluster + "name", "aks-" + i);
            keys.put(cluster + "resource-id", "/subscriptions/s/resourceGroups/rg/providers/"
                    + "Microsoft.ContainerService/managedClusters/aks-" + i);
            keys.put(cluster + "opencost-export", "https://stexports.blob.core.windows.net/opencost/aks-" + i + ".csv");
            String workspace = i < 2 ? "0" : String.valueOf(i);
            keys.put(cluster + "workspace-id", "00000000-0000-0000-0000-00000000000" + workspace);
            keys.put(cluster + "workspace-resource-id", WORKSPACE + "log-" + workspace);
        }
        return keys;
    }

}
