package io.kubeledger.rightsizing;

import java.util.Objects;

/**
 * A container as a manifest declares it: the same for every pod its controller makes,
 * across restarts and rollouts.
 */
public record ContainerKey(String cluster, String namespace, String controllerKind, String controller,
        String container) {

    /**
     * Written out, as {@link #hashCode}: a record's own go through method handles that C1
     * does not inline.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof ContainerKey that && Objects.equals(cluster, that.cluster)
                && Objects.equals(namespace, that.namespace) && Objects.equals(controllerKind, that.controllerKind)
                && Objects.equals(controller, that.controller) && Objects.equals(container, that.container);
    }

    @Override
    public int hashCode() {
        int hash = Objects.hashCode(cluster) * 31 + Objects.hashCode(namespace);
        hash = hash * 31 + Objects.hashCode(controllerKind);
        hash = hash * 31 + Objects.hashCode(controller);
        return hash * 31 + Objects.hashCode(container);
    }
}
