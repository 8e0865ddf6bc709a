package io.kubeledger.compliance;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which log categories a diagnostic setting's {@code categoryGroup} enables, from a data
 * file.
 */
public final class CategoryGroups {

    /** The group that enables every category. */
    public static final String ALL_LOGS = "allLogs";

    private final Map<String, Set<String>> categoriesByGroup = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    CategoryGroups(List<String[]> rows) {
        rows.forEach(row -> categoriesByGroup.computeIfAbsent(row[0], group -> new TreeSet<>()).add(row[1]));
    }

    /**
     * The categories of a group; an unknown group enables none, so its categories are
     * reported as missing.
     */
    public Set<String> categoriesOf(String group) {
        return categoriesByGroup.getOrDefault(group, Set.of());
    }

}
