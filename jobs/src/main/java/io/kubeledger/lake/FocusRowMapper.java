package io.kubeledger.lake;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.kubeledger.KubeledgerProperties.Cluster;
import io.kubeledger.chargeback.ChargeLine;

/**
 * Gives a chargeback line its FOCUS columns. The four cost columns carry the same amount: OpenCost's
 * {@code TotalCost} is already the cost after discounts as OpenCost prices it, and an internal chargeback has no
 * other list or contract price to show.
 */
public final class FocusRowMapper {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Cluster> clusters;
    private final String currency;

    public FocusRowMapper(List<Cluster> clusters, String currency) {
        this.clusters = clusters.stream().collect(Collectors.toMap(Cluster::name, Function.identity()));
        this.currency = currency;
    }

    public FocusRow map(ChargeLine line) {
        Cluster cluster = clusters.get(line.cluster());
        String resourceId = cluster.resourceId();
        String subscription = resourceId.split("/")[2];
        LocalDate month = line.day().withDayOfMonth(1);
        String namespace = line.namespace().isEmpty() ? null : line.namespace();
        return new FocusRow(line.cost(), line.cost(), line.cost(), line.cost(),
                month.atStartOfDay().toInstant(ZoneOffset.UTC),
                month.plusMonths(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                line.day().atStartOfDay().toInstant(ZoneOffset.UTC),
                line.day().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                subscription, currency, "Usage",
                description(line), "Usage-Based",
                "Microsoft", "Microsoft", "Microsoft",
                "Compute", "Azure Kubernetes Service",
                resourceId, cluster.name(), "Microsoft.ContainerService/managedClusters", subscription,
                tags(line, namespace),
                line.team(), line.costCenter(), line.cluster(), namespace, line.costKind(),
                line.allocation().value(), line.teamRegistered(), line.sourceRows());
    }

    private static String description(ChargeLine line) {
        String namespace = line.namespace().isEmpty() ? "(no namespace)" : line.namespace();
        return "Kubernetes " + line.costKind() + " cost of namespace " + namespace + " in cluster " + line.cluster();
    }

    private static String tags(ChargeLine line, String namespace) {
        Map<String, String> tags = new TreeMap<>();
        tags.put("kubeledger/cluster", line.cluster());
        tags.put("kubeledger/team", line.team());
        if (namespace != null) {
            tags.put("kubeledger/namespace", namespace);
        }
        if (line.costCenter() != null) {
            tags.put("kubeledger/cost-center", line.costCenter());
        }
        try {
            return JSON.writeValueAsString(tags);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("tags of " + line + " cannot be written as JSON", e);
        }
    }
}
