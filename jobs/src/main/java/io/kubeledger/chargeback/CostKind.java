package io.kubeledger.chargeback;

import java.util.Arrays;

/** What a cost is for: the lake's {@code x_CostKind} column. */
public enum CostKind {

    /** OpenCost's {@code TotalCost} of the containers of a namespace. */
    WORKLOAD("workload"),
    /**
     * The namespace's billable ContainerLogV2 ingestion, at the price of that table's
     * plan.
     */
    CONTAINER_LOGS("container-logs"),
    /**
     * The rest of a Log Analytics workspace's billable ingestion (metrics, inventory,
     * events, audit logs, …); a monitor workspace's samples of series without a
     * namespace; a monitoring resource's bill (Managed Grafana, the audit storage
     * account, …).
     */
    MONITORING("monitoring"),
    /**
     * The namespace's part of its cluster's monitor workspace bill (Managed Prometheus),
     * by the samples its series stored.
     */
    METRICS("metrics"),
    /**
     * What a cluster's bill charged beyond OpenCost's allocation, per bucket: capacity no
     * container used, the cluster's own fee, discounts (negative). Only where the bill
     * covers the day.
     */
    IDLE("idle"),
    /**
     * A correction of an earlier period on this month's bill (a refund, a re-rating): the
     * bill's rows of a cluster (per bucket) or workspace dated before the month, booked
     * on the month's first day.
     */
    CORRECTION("correction");

    private final String value;

    CostKind(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

    public static CostKind of(String value) {
        return Arrays.stream(values())
            .filter(kind -> kind.value.equals(value))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("not a cost kind: '" + value + "'"));
    }

}
