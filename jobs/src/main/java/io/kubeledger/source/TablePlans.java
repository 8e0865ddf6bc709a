package io.kubeledger.source;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The plan of each table of one workspace, as ARM lists them. A table the list does not
 * name is {@code Analytics}.
 */
public record TablePlans(Map<String, String> planByTable) {

    public static final String DEFAULT_PLAN = "Analytics";

    public TablePlans {
        TreeMap<String, String> plans = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        plans.putAll(planByTable);
        planByTable = Collections.unmodifiableSortedMap(plans);
    }

    public String planOf(String table) {
        return planByTable.getOrDefault(table, DEFAULT_PLAN);
    }
}
