package io.kubeledger.report;

import java.util.Arrays;

/**
 * What a team pays for, in the order every report lists it. Which lines of the lake
 * belong to a category is said once, by the view of the month's lines
 * ({@code sql/report/lake-month.sql}, its {@code category}); this names each category's
 * value there and its words in the reports.
 */
public enum CostCategory {

    WORKLOAD("workload", "workload", "Workload", "its containers"),
    CONTAINER_LOGS("container-logs", "container logs", "Container logs", "its namespaces' logs"),
    SHARED("shared", "shared namespaces", "Shared namespaces", "its part of them"),
    MONITORING("monitoring", "monitoring", "Monitoring", "its part of it"),
    IDLE("idle", "idle capacity", "Idle capacity", "its part of its clusters' bill beyond OpenCost's allocation"),
    CORRECTIONS("correction", "corrections of earlier periods", "Corrections",
            "its part of the bill's corrections of earlier periods");

    private final String value;

    private final String words;

    private final String statementLabel;

    private final String teamsPart;

    CostCategory(String value, String words, String statementLabel, String teamsPart) {
        this.value = value;
        this.words = words;
        this.statementLabel = statementLabel;
        this.teamsPart = teamsPart;
    }

    /** The category of a line of the view, by its {@code category} value. */
    public static CostCategory of(String value) {
        return Arrays.stream(values())
            .filter(category -> category.value.equals(value))
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no report category '" + value + "'"));
    }

    /** The category in lower case, as a chart's legend and a list of kinds name it. */
    public String words() {
        return words;
    }

    /** The category as a line's label: its words, capitalised. */
    public String label() {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** The category as a team statement's line names it. */
    public String statementLabel() {
        return statementLabel;
    }

    /** What of the category a team statement says is the team's. */
    public String teamsPart() {
        return teamsPart;
    }

}
