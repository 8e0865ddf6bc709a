package io.kubeledger.rightsizing;

/**
 * A container of one pod, as both OpenCost's export and the Prometheus series name it.
 */
public record PodContainer(String namespace, String pod, String container) {
}
