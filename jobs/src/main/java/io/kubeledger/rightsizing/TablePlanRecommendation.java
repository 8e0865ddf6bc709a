package io.kubeledger.rightsizing;

import java.math.BigDecimal;

/**
 * A row of the lake's {@code log-tables} dataset: a table, the plan it should have and why. {@code queryCost} is what
 * its queries cost (or would cost) on the Basic plan over the lookback; null when the queries are unknown.
 */
public record TablePlanRecommendation(TableUsage usage, BigDecimal queryCost, String recommendedPlan,
        BigDecimal monthlySavings, String reason) {
}
