package io.kubeledger.config;

/**
 * How the cost of shared namespaces and monitoring is divided among a cluster's cost
 * owners on a day.
 */
public enum SharedCostSplit {

    /**
     * In proportion to each owner's workload cost (the default, as Kubecost's
     * {@code weighted}).
     */
    WEIGHTED,
    /** In equal parts. */
    EVEN,
    /** Not divided: the cost stays with team {@code shared}. */
    NONE

}
