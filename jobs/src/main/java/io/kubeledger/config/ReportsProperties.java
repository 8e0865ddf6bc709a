package io.kubeledger.config;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kubeledger.reports.*}: what the reports hold. A statement lists a team's {@code statement-changes} biggest
 * rightsizing changes by money and sums the rest in a line, so that it grows with the team, not with its containers;
 * the workbook keeps every change.
 */
public record ReportsProperties(@DefaultValue("15") int statementChanges) {

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (statementChanges < 1) {
            problems.add("kubeledger.reports.statement-changes: must be at least 1, was " + statementChanges);
        }
        return problems;
    }
}
