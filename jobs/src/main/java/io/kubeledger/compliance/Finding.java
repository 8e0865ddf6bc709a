package io.kubeledger.compliance;

/**
 * One check of one cluster: a row of the lake's {@code compliance} dataset, with its
 * evidence in {@code detail}.
 */
public record Finding(String cluster, String check, Status status, Severity severity, String detail) {
}
