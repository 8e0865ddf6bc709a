package io.kubeledger.config;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kubeledger.reports.*}: what the reports hold. A statement lists a team's
 * {@code statement-changes} biggest rightsizing changes by money and sums the rest in a
 * line, so that it grows with the team, not with its containers; the workbook keeps every
 * change. The trend shows {@code trend-months} months, this one included, those the lake
 * holds (a {@code reports} run with {@code lake-url} downloads them).
 */
public record ReportsProperties(@DefaultValue("15") int statementChanges, @DefaultValue("12") int trendMonths) {

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (statementChanges < 1) {
            problems.add("kubeledger.reports.statement-changes: must be at least 1, was " + statementChanges);
        }
        if (trendMonths < 1) {
            problems.add("kubeledger.reports.trend-months: must be at least 1 (1: no trend), was " + trendMonths);
        }
        return problems;
    }
}
