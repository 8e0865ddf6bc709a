package io.kubeledger.ingest;

import java.util.Locale;

/**
 * What a cluster's bill row pays for, as the idle cost is reckoned per kind: the node pools' machines, their disks,
 * their network, anything else of the node resource group, and the cluster resource's own fee (the uptime SLA tier,
 * Defender), which no container is allocated.
 */
public enum BillBucket {
    COMPUTE("compute"), STORAGE("storage"), NETWORK("network"), OTHER("other"), CLUSTER_FEE("cluster-fee");

    private final String value;

    BillBucket(String value) {
        this.value = value;
    }

    /** The lake's and the reports' name of the bucket. */
    public String value() {
        return value;
    }

    /** The bucket of a node resource group's resource, by its type (or, when the row has none, its id). */
    static BillBucket ofNodeResource(String resourceType, String resourceId) {
        String kind = (resourceType.isEmpty() ? resourceId : resourceType).toLowerCase(Locale.ROOT);
        if (kind.contains("virtualmachinescalesets") || kind.contains("virtualmachines")) {
            return COMPUTE;
        }
        if (kind.contains("/disks") || kind.contains("/snapshots")) {
            return STORAGE;
        }
        if (kind.contains("microsoft.network/")) {
            return NETWORK;
        }
        return OTHER;
    }
}
