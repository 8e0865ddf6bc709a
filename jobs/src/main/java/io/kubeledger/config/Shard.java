package io.kubeledger.config;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.bind.DefaultValue;

import io.kubeledger.config.KubeledgerProperties.Cluster;

/**
 * {@code kubeledger.shard.*}: which part of the fleet a {@code compute} run takes when
 * the fleet is split over the pods of a Kubernetes Indexed Job. The Log Analytics
 * workspaces, in the order of their ids, are dealt out to the shards like cards, each
 * with all its clusters (a workspace's monitoring is split among its clusters, so it
 * never spans shards); clusters without a workspace are dealt the same way in the order
 * of their names.
 *
 * @param count the shards the fleet is split into; 1, the default, is the whole fleet in
 * one run
 * @param index this run's shard, from 0; by default the {@code JOB_COMPLETION_INDEX}
 * Kubernetes gives each pod of an Indexed Job, else 0
 */
public record Shard(@DefaultValue("1") int count, Integer index) {

    private static final Pattern PART = Pattern.compile("part-(\\d{5})\\.[a-z]+");

    /** The environment variable an Indexed Job's pod finds its completion index in. */
    public static final String COMPLETION_INDEX = "JOB_COMPLETION_INDEX";

    public Shard {
        if (index == null) {
            String completionIndex = System.getenv(COMPLETION_INDEX);
            index = completionIndex == null || completionIndex.isBlank() ? 0 : Integer.parseInt(completionIndex.trim());
        }
    }

    public static Shard whole() {
        return new Shard(1, 0);
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (count < 1) {
            problems.add("kubeledger.shard.count: must be at least 1, was " + count);
        }
        else if (index < 0 || index >= count) {
            problems.add("kubeledger.shard.index: must be from 0 to " + (count - 1) + " (shard.count - 1), was " + index
                    + (System.getenv(COMPLETION_INDEX) != null ? " (from " + COMPLETION_INDEX + ")" : ""));
        }
        return problems;
    }

    /** The clusters of this shard, in their configured order. */
    List<Cluster> clustersOf(List<Cluster> clusters) {
        if (count == 1) {
            return clusters;
        }
        Map<String, Integer> workspaceShards = deal(clusters.stream()
            .filter(Cluster::hasWorkspace)
            .map(cluster -> cluster.workspaceId().toLowerCase(Locale.ROOT))
            .distinct()
            .toList());
        Map<String, Integer> clusterShards = deal(
                clusters.stream().filter(cluster -> !cluster.hasWorkspace()).map(Cluster::name).toList());
        return clusters.stream()
            .filter(cluster -> index == (cluster.hasWorkspace()
                    ? workspaceShards.get(cluster.workspaceId().toLowerCase(Locale.ROOT))
                    : clusterShards.get(cluster.name())))
            .toList();
    }

    /** Each key's shard: its position, in the keys' sorted order, modulo the count. */
    private Map<String, Integer> deal(List<String> keys) {
        Map<String, Integer> shards = new TreeMap<>();
        List<String> sorted = keys.stream().sorted(Comparator.naturalOrder()).toList();
        for (int position = 0; position < sorted.size(); position++) {
            shards.put(sorted.get(position), position % count);
        }
        return shards;
    }

    /**
     * The name of this shard's file in a lake partition: {@code part-00000.parquet} for
     * the first or only shard.
     */
    public String partFile(String extension) {
        return partFile(index, extension);
    }

    public static String partFile(int index, String extension) {
        return String.format(Locale.ROOT, "part-%05d.%s", index, extension);
    }

    /**
     * Whether a partition's file is a part of a shard this fleet no longer has
     * ({@code part-00002.parquet} once {@code count} is 2): left by a run with more
     * shards, it would be read with the others.
     */
    public boolean isBeyondCount(String fileName) {
        Matcher part = PART.matcher(fileName);
        return part.matches() && Integer.parseInt(part.group(1)) >= count;
    }
}
