package io.kubeledger.rightsizing;

import java.math.BigDecimal;

/**
 * A row of the lake's {@code rightsizing} dataset. Requests are the latest day's; usage
 * figures are per pod; {@code monthlySavings} is negative when the change costs money (an
 * upsize).
 */
public record ContainerRecommendation(ContainerKey key, String team, int daysObserved, double cpuRequestCores,
        double cpuUsageAvgCores, double cpuUsagePeakDailyCores, double cpuRecommendedCores, double ramRequestBytes,
        double ramUsageAvgBytes, double ramUsagePeakDailyBytes, double ramRecommendedBytes, BigDecimal monthlySavings,
        RequestAction action, String reason) {
}
