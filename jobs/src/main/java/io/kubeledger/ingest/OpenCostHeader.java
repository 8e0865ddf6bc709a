package io.kubeledger.ingest;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of one OpenCost export, found by name: OpenCost merges files with the union
 * of their headers, so a column's position differs between versions ({@code Labels} at
 * the end or as column 7, {@code Label_<name>} columns appended).
 */
final class OpenCostHeader {

    static final String LABEL_COLUMN_PREFIX = "Label_";

    private static final List<String> REQUIRED = List.of("Date", "Namespace", "TotalCost");

    private final Map<String, Integer> indexByName = new HashMap<>();

    private final Map<String, Integer> labelColumns = new LinkedHashMap<>();

    private final int columnCount;

    OpenCostHeader(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i).strip();
            if (indexByName.putIfAbsent(name, i) != null) {
                throw new IllegalArgumentException("the header names column '" + name + "' twice");
            }
            if (name.startsWith(LABEL_COLUMN_PREFIX)) {
                labelColumns.put(name.substring(LABEL_COLUMN_PREFIX.length()), i);
            }
        }
        for (String required : REQUIRED) {
            if (!indexByName.containsKey(required)) {
                throw new IllegalArgumentException(
                        "the header has no '" + required + "' column: '" + Shown.prefix(String.join(",", names)) + "'");
            }
        }
        this.columnCount = names.size();
    }

    int columnCount() {
        return columnCount;
    }

    /**
     * The position of the named column, or -1 when this file has no such column; found
     * once, used for every row.
     */
    int index(String column) {
        return indexByName.getOrDefault(column, -1);
    }

    /** Label name to column index of the {@code Label_<name>} columns. */
    Map<String, Integer> labelColumns() {
        return labelColumns;
    }

}
