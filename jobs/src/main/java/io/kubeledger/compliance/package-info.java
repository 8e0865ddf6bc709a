/**
 * Control-plane audit compliance: each cluster's diagnostic settings against the seed
 * documents' recommended settings, and its kube-audit archive's retention and continuity.
 */
package io.kubeledger.compliance;
