package io.kubeledger.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * One row of an OpenCost export: a container's allocation on one UTC day, in OpenCost's
 * units (cores, bytes, the export's currency). {@code totalCost} is the figure charged
 * back, sign included (a negative row is a credit); it includes costs without a column. A
 * usage or request OpenCost wrote as {@code NaN}, an infinity or a negative number is
 * {@link #UNKNOWN}, and so is (as null) a cost column that is not finite or is negative
 * ({@code cpuCost}, {@code ramCost}: they price a container; the others say what
 * {@code totalCost} paid for).
 */
public record Allocation(String cluster, LocalDate day, String namespace, String controllerKind, String controllerName,
        String pod, String container, double cpuCoreUsageAverage, double cpuCoreRequestAverage,
        double ramBytesUsageAverage, double ramBytesRequestAverage, double networkReceiveBytes,
        double networkTransferBytes, BigDecimal cpuCost, BigDecimal ramCost, BigDecimal gpuCost, BigDecimal pvCost,
        BigDecimal networkCost, BigDecimal totalCost, Map<String, String> labels) {

    /**
     * OpenCost's namespace for storage that no pod mounts: no team's and no container's.
     */
    public static final String UNMOUNTED_NAMESPACE = "__unmounted__";

    /** A figure the export has but that has no usable value. */
    public static final double UNKNOWN = Double.NaN;

    public Allocation {
        labels = Map.copyOf(labels);
    }

    /** Whether every figure the rightsizing judges a container on is known. */
    public boolean figuresKnown() {
        return !Double.isNaN(cpuCoreUsageAverage) && !Double.isNaN(cpuCoreRequestAverage)
                && !Double.isNaN(ramBytesUsageAverage) && !Double.isNaN(ramBytesRequestAverage)
                && !Double.isNaN(networkReceiveBytes) && !Double.isNaN(networkTransferBytes) && cpuCost != null
                && ramCost != null;
    }
}
