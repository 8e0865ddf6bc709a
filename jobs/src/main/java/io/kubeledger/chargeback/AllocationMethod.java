package io.kubeledger.chargeback;

import java.util.Locale;

/** How a cost reached its team: the lake's {@code x_Allocation} column. */
public enum AllocationMethod {

    /** Owned by the team through its label or one of its namespaces. */
    DIRECT,
    /** The cost of a shared namespace (kube-system, monitoring, …) that no team owns. */
    SHARED,
    /**
     * No rule names an owner: unmounted volumes, rows without a namespace, unclaimed
     * namespaces.
     */
    UNALLOCATED;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AllocationMethod of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }

}
