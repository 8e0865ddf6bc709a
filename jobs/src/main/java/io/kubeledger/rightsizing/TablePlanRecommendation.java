package io.kubeledger.rightsizing;

import java.math.BigDecimal;

/**
 * A row of the lake's {@code log-tables} dataset: a table, the plan it should have and
 * why. {@code queryCost} is what its queries cost (or would cost) on the Basic plan over
 * the lookback; null when the queries are unknown. {@code monthlySavings} is what the
 * move saves a month in all (ingestion and query charges); {@code
 * chargedMonthlyChange} what it does to the chargeback a month: the change of the
 * ingestion charge, which is all of the table's cost the chargeback contains (query
 * charges are not charged back). A move to Analytics saves query charges but raises the
 * charged total.
 */
public record TablePlanRecommendation(TableUsage usage, BigDecimal queryCost, String recommendedPlan,
        BigDecimal monthlySavings, BigDecimal chargedMonthlyChange, String reason) {
}
