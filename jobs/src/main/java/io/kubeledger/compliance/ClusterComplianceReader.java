package io.kubeledger.compliance;

import java.io.ByteArrayInputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import io.kubeledger.config.KubeledgerProperties.Cluster;
import io.kubeledger.config.ResourceIds;
import io.kubeledger.ingest.ArmClusters;
import io.kubeledger.source.ArmSource;
import io.kubeledger.source.BlobSource;
import io.kubeledger.source.SourceUnavailableException;

/**
 * Gathers what compliance judges a cluster on, from ARM (the cluster, its diagnostic
 * settings, the archive account's lifecycle and immutability policies) and from the
 * archive's blob names. A cluster or settings list that cannot be read fails the run
 * naming it; a policy that does not exist (404) is a fact, not a failure.
 */
public final class ClusterComplianceReader {

    static final String DIAGNOSTIC_SETTINGS_API_VERSION = "2021-05-01-preview";
    static final String STORAGE_API_VERSION = "2023-01-01";

    /**
     * Azure Monitor writes a category's resource logs to the container
     * {@code insights-logs-<category>}.
     */
    private static final String AUDIT_CONTAINER = "insights-logs-kube-audit";

    private static final String KUBE_AUDIT = "kube-audit";

    private final ArmSource arm;

    private final BlobSource blobs;

    private final CategoryGroups groups;

    private final ArmClusters clusters;

    public ClusterComplianceReader(ArmSource arm, BlobSource blobs, CategoryGroups groups, ArmClusters clusters) {
        this.arm = arm;
        this.blobs = blobs;
        this.groups = groups;
        this.clusters = clusters;
    }

    /**
     * The cluster's body as the run's {@code billingStep} read it from ARM: ARM is asked
     * once a run.
     */
    public ClusterProfile profile(Cluster cluster) {
        byte[] body = clusters.body(cluster.name())
            .orElseThrow(() -> new IllegalStateException("the billingStep "
                    + "reads every cluster's ARM body before compliance, but not " + cluster.name()));
        return parse(body, cluster.resourceId(), "AKS cluster " + cluster.name(), ArmComplianceParser::cluster);
    }

    public List<DiagnosticSetting> diagnosticSettings(Cluster cluster) {
        return required(cluster.resourceId() + "/providers/Microsoft.Insights/diagnosticSettings",
                DIAGNOSTIC_SETTINGS_API_VERSION, "the diagnostic settings of cluster " + cluster.name(),
                body -> ArmComplianceParser.diagnosticSettings(body, groups));
    }

    /**
     * The first setting, by name, that archives kube-audit to a storage account: the
     * archive to prove.
     */
    public static Optional<String> auditStorageAccountId(List<DiagnosticSetting> settings) {
        return settings.stream()
            .sorted(Comparator.comparing(DiagnosticSetting::name))
            .filter(s -> s.sends(KUBE_AUDIT) && s.storageAccountId() != null && !s.storageAccountId().isBlank())
            .map(DiagnosticSetting::storageAccountId)
            .findFirst();
    }

    public AuditArchive archive(Cluster cluster, String storageAccountId) {
        String account = ResourceIds.name(storageAccountId);
        String prefix = "resourceId=" + cluster.resourceId().toUpperCase(Locale.ROOT) + "/";
        ArchiveHours hours = new ArchiveHours();
        blobs.list(account, AUDIT_CONTAINER, prefix, hours::add);
        List<LifecycleRule> rules = optional(storageAccountId + "/managementPolicies/default",
                "the lifecycle policy of storage account " + account, ArmComplianceParser::lifecycleRules)
            .orElse(null);
        ImmutabilityPolicy immutability = optional(
                storageAccountId + "/blobServices/default/containers/" + AUDIT_CONTAINER
                        + "/immutabilityPolicies/default",
                "the immutability policy of container " + account + "/" + AUDIT_CONTAINER,
                ArmComplianceParser::immutability)
            .orElse(null);
        return new AuditArchive(account, AUDIT_CONTAINER, prefix, rules, hours, immutability);
    }

    private <T> T required(String path, String apiVersion, String what, Function<ByteArrayInputStream, T> parse) {
        byte[] body = arm.resource(path, apiVersion)
            .orElseThrow(() -> new SourceUnavailableException(what + " was not found in ARM (" + path + ")", null));
        return parse(body, path, what, parse);
    }

    private <T> Optional<T> optional(String path, String what, Function<ByteArrayInputStream, T> parse) {
        return arm.resource(path, STORAGE_API_VERSION).map(body -> parse(body, path, what, parse));
    }

    private static <T> T parse(byte[] body, String path, String what, Function<ByteArrayInputStream, T> parse) {
        try {
            return parse.apply(new ByteArrayInputStream(body));
        }
        catch (IllegalArgumentException e) {
            throw new SourceUnavailableException(what + " (" + path + ") cannot be read: " + e.getMessage(), e);
        }
    }

}
