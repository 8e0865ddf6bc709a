package io.kubeledger.chargeback;

import java.math.BigDecimal;

/**
 * A namespace's compute cost of a cluster over the run's charged days, as OpenCost's
 * export splits it: CPU, memory (RAM) and GPU. The lake's {@code compute} dataset; the
 * reports show a compute cost in these parts.
 */
public record ComputeCost(String cluster, String namespace, BigDecimal cpu, BigDecimal ram, BigDecimal gpu) {

    ComputeCost plus(ComputeCost other) {
        return new ComputeCost(cluster, namespace, cpu.add(other.cpu), ram.add(other.ram), gpu.add(other.gpu));
    }
}
