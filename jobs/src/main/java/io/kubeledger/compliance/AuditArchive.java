package io.kubeledger.compliance;

import java.util.List;

/**
 * What is known of a cluster's kube-audit archive: the storage account and blob path, the
 * lifecycle rules of the account ({@code null}: the account has no lifecycle policy), the
 * hours archived and the container's immutability policy ({@code null}: none).
 */
public record AuditArchive(String storageAccount, String container, String prefix, List<LifecycleRule> lifecycleRules,
        ArchiveHours hours, ImmutabilityPolicy immutability) {

    /** The archive's place as lifecycle rules name it: {@code <container>/<prefix>}. */
    public String path() {
        return container + "/" + prefix;
    }
}
