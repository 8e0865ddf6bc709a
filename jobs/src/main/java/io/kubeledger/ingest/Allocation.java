package io.kubeledger.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One row of an OpenCost export: a container's allocation on one UTC day, in OpenCost's units (cores, bytes,
 * the export's currency). {@code totalCost} is the figure charged back; it includes costs without a column.
 */
public record Allocation(
        String cluster,
        LocalDate day,
        String namespace,
        String controllerKind,
        String controllerName,
        String pod,
        String container,
        double cpuCoreUsageAverage,
        double cpuCoreRequestAverage,
        double ramBytesUsageAverage,
        double ramBytesRequestAverage,
        double networkReceiveBytes,
        double networkTransferBytes,
        BigDecimal cpuCost,
        BigDecimal ramCost,
        BigDecimal totalCost,
        Map<String, String> labels) {

    /** OpenCost's namespace for storage that no pod mounts: no team's and no container's. */
    public static final String UNMOUNTED_NAMESPACE = "__unmounted__";

    public Allocation {
        labels = Map.copyOf(labels);
    }
}
