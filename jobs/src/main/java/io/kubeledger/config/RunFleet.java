package io.kubeledger.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kubeledger.config.KubeledgerProperties.Cluster;
import io.kubeledger.config.KubeledgerProperties.Workspace;

/**
 * The clusters a run computes, and their workspaces: a {@code compute} run of one shard
 * sees only its shard's clusters, as a run of a smaller fleet would; any other run sees
 * every configured cluster. Made once as the job starts (a bean of
 * {@code NightlyJobConfiguration}); the configuration itself only binds.
 */
public record RunFleet(List<Cluster> clusters) {

    public RunFleet {
        clusters = List.copyOf(clusters);
    }

    public static RunFleet of(KubeledgerProperties properties) {
        return new RunFleet(properties.phase() == Phase.COMPUTE ? properties.shard().clustersOf(properties.clusters())
                : properties.clusters());
    }

    /** The clusters' workspaces, each once, in the order the clusters name them. */
    public List<Workspace> workspaces() {
        Map<String, Workspace> workspaces = new LinkedHashMap<>();
        clusters.stream()
            .filter(Cluster::hasWorkspace)
            .forEach(cluster -> workspaces.putIfAbsent(cluster.workspaceId().toLowerCase(Locale.ROOT),
                    new Workspace(cluster.workspaceId(), cluster.workspaceResourceId())));
        return List.copyOf(workspaces.values());
    }
}
