package io.kubeledger.rightsizing;

import java.math.BigDecimal;

/**
 * A row of the lake's {@code rightsizing} dataset. Requests are the latest day's; usage
 * figures are per pod; {@code monthlySavings} is negative when the change costs money (an
 * upsize). {@code observed}: what Prometheus saw of it, where its cluster has a monitor
 * workspace (its recommendation is then sized on that); null where it is sized on
 * OpenCost's daily averages.
 */
public record ContainerRecommendation(ContainerKey key, String team, int daysObserved, double cpuRequestCores,
        double cpuUsageAvgCores, double cpuUsagePeakDailyCores, double cpuRecommendedCores, double ramRequestBytes,
        double ramUsageAvgBytes, double ramUsagePeakDailyBytes, double ramRecommendedBytes, BigDecimal monthlySavings,
        RequestAction action, String reason, ObservedPeaks observed) {

    /** The lake's {@code basis} of a recommendation sized on Prometheus' raw usage. */
    public static final String PROMETHEUS = "prometheus";

    /**
     * The lake's {@code basis} of a recommendation sized on OpenCost's daily averages.
     */
    public static final String OPENCOST_DAILY_AVERAGES = "opencost-daily-averages";

    /**
     * What the recommendation is sized on: {@value #PROMETHEUS} or
     * {@value #OPENCOST_DAILY_AVERAGES}.
     */
    public String basis() {
        return observed == null ? OPENCOST_DAILY_AVERAGES : PROMETHEUS;
    }

}
