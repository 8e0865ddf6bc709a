package io.kubeledger.compliance;

import java.util.List;
import java.util.Optional;

import io.kubeledger.config.KubeledgerProperties.Cluster;

/**
 * What the compliance checks look at of one cluster, each read from Azure once, when a
 * check first asks for it: its profile and diagnostic settings from ARM, its kube-audit
 * archive from the storage account its settings name. A cluster's checks run on one
 * thread, so it keeps what it read without locking.
 */
public final class ClusterEvidence {

    private final Cluster cluster;

    private final ClusterComplianceReader reader;

    private ClusterProfile profile;

    private List<DiagnosticSetting> settings;

    private Optional<AuditArchive> archive;

    ClusterEvidence(Cluster cluster, ClusterComplianceReader reader) {
        this.cluster = cluster;
        this.reader = reader;
    }

    /** The cluster's name in kubeledger: what its findings are of. */
    public String name() {
        return cluster.name();
    }

    public ClusterProfile profile() {
        if (profile == null) {
            profile = reader.profile(cluster);
        }
        return profile;
    }

    public List<DiagnosticSetting> diagnosticSettings() {
        if (settings == null) {
            settings = reader.diagnosticSettings(cluster);
        }
        return settings;
    }

    /**
     * The kube-audit archive of the storage account the diagnostic settings send
     * kube-audit to, if any.
     */
    public Optional<AuditArchive> auditArchive() {
        if (archive == null) {
            archive = ClusterComplianceReader.auditStorageAccountId(diagnosticSettings())
                .map(account -> reader.archive(cluster, account));
        }
        return archive;
    }

}
