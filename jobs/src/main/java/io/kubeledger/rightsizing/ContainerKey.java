package io.kubeledger.rightsizing;

/** A container as a manifest declares it: the same for every pod its controller makes, across restarts and rollouts. */
public record ContainerKey(String cluster, String namespace, String controllerKind, String controller,
        String container) {
}
