package io.kubeledger.compliance;

/**
 * What the recommendations' conditions ask of a cluster: does any agent pool autoscale,
 * is Entra ID integrated.
 */
public record ClusterProfile(boolean autoscale, boolean entraId) {
}
