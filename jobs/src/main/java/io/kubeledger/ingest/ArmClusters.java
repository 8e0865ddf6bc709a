package io.kubeledger.ingest;

import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.kubeledger.config.KubeledgerProperties.Cluster;
import io.kubeledger.source.ArmSource;
import io.kubeledger.source.SourceUnavailableException;

/**
 * What ARM says of each configured cluster that the bill and the lake need: its node
 * resource group (where the bill has its machines, disks and network), its region and its
 * Azure tags; and its body, which compliance judges, so that ARM is asked once a run.
 * Read by the {@code billingStep}; job-scoped, a run's own.
 */
public class ArmClusters {

    private static final String CLUSTER_API_VERSION = "2024-09-01";

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String DCR_ASSOCIATIONS = "/providers/Microsoft.Insights/dataCollectionRuleAssociations";

    private static final String DCR_API_VERSION = "2022-06-01";

    /** Container insights' interval where its settings name none. */
    private static final String DEFAULT_INTERVAL = "1m";

    /**
     * A cluster's ARM facts; {@code location} is the ARM region id ({@code westeurope}),
     * tags as Azure has them; {@code prometheusMetrics}: whether Managed Prometheus
     * collects its metrics ({@code azureMonitorProfile.metrics.enabled});
     * {@code collectionInterval}: how often Container insights collects its performance
     * and inventory data, as its data collection rule says ({@code 1m}, the default, to
     * {@code 30m}), null without one.
     */
    public record ArmCluster(String nodeResourceGroup, String location, Map<String, String> tags,
            boolean prometheusMetrics, String collectionInterval) {

        /** Whether Container insights collects every minute, its default. */
        public boolean collectsEveryMinute() {
            return DEFAULT_INTERVAL.equals(collectionInterval);
        }
    }

    private final Map<String, ArmCluster> byName = new ConcurrentHashMap<>();

    private final Map<String, byte[]> bodies = new ConcurrentHashMap<>();

    /**
     * Reads the cluster's ARM body; a missing or unreadable one fails the run, naming the
     * cluster.
     */
    void read(Cluster cluster, ArmSource arm) {
        byte[] body = arm.resource(cluster.resourceId(), CLUSTER_API_VERSION)
            .orElseThrow(() -> new SourceUnavailableException(
                    "AKS cluster " + cluster.name() + " was not found in ARM (" + cluster.resourceId() + ")", null));
        JsonNode root = json(body, "AKS cluster " + cluster.name() + " (" + cluster.resourceId() + ")");
        Map<String, String> tags = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = root.path("tags").fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> tag = fields.next();
            tags.put(tag.getKey(), tag.getValue().asText());
        }
        ArmCluster facts = new ArmCluster(root.path("properties").path("nodeResourceGroup").asText(""),
                root.path("location").asText(""), Map.copyOf(tags),
                root.path("properties").path("azureMonitorProfile").path("metrics").path("enabled").asBoolean(false),
                collectionInterval(cluster, arm));
        byName.put(cluster.name(), facts);
        bodies.put(cluster.name(), body);
    }

    /**
     * The interval of the Container insights data collection rule associated with the
     * cluster ({@code MSCI-<region>-<cluster>}: the extension {@code ContainerInsights}'s
     * {@code dataCollectionSettings}); null where none is.
     */
    private static String collectionInterval(Cluster cluster, ArmSource arm) {
        Optional<byte[]> associations = arm.resource(cluster.resourceId() + DCR_ASSOCIATIONS, DCR_API_VERSION);
        if (associations.isEmpty()) {
            return null;
        }
        for (JsonNode association : json(associations.get(),
                "the data collection rule associations of AKS cluster " + cluster.name())
            .path("value")) {
            String ruleId = association.path("properties").path("dataCollectionRuleId").asText("");
            Optional<byte[]> rule = ruleId.isEmpty() ? Optional.empty() : arm.resource(ruleId, DCR_API_VERSION);
            if (rule.isPresent()) {
                for (JsonNode extension : json(rule.get(),
                        "the data collection rule " + ruleId + " of AKS cluster " + cluster.name())
                    .path("properties")
                    .path("dataSources")
                    .path("extensions")) {
                    if (extension.path("extensionName").asText("").equals("ContainerInsights")) {
                        return extension.path("extensionSettings")
                            .path("dataCollectionSettings")
                            .path("interval")
                            .asText(DEFAULT_INTERVAL);
                    }
                }
            }
        }
        return null;
    }

    /** An ARM body; one that is not JSON fails the run, naming {@code what} it is. */
    private static JsonNode json(byte[] body, String what) {
        try {
            return JSON.readTree(body);
        }
        catch (IOException e) {
            throw new SourceUnavailableException(what + " cannot be read: not JSON", e);
        }
    }

    /** The cluster's ARM body as the {@code billingStep} read it. */
    public Optional<byte[]> body(String cluster) {
        return Optional.ofNullable(bodies.get(cluster));
    }

    /** The cluster's facts, once the {@code billingStep} has read them. */
    public Optional<ArmCluster> of(String cluster) {
        return Optional.ofNullable(byName.get(cluster));
    }

}
