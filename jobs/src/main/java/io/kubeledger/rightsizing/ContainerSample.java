package io.kubeledger.rightsizing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One pod's day of a container, as the OpenCost export has it: daily averages and that
 * day's CPU and RAM cost.
 */
public record ContainerSample(LocalDate day, double cpuUsageCores, double cpuRequestCores, double ramUsageBytes,
        double ramRequestBytes, double networkBytes, BigDecimal cpuCost, BigDecimal ramCost) {
}
