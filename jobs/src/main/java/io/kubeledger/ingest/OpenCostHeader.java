package io.kubeledger.ingest;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of one OpenCost export, found by name: OpenCost merges files with the union of their headers, so a
 * column's position differs between versions ({@code Labels} at the end or as column 7, {@code Label_<name>}
 * columns appended).
 */
final class OpenCostHeader {

    static final String LABEL_COLUMN_PREFIX = "Label_";
    private static final List<String> REQUIRED = List.of("Date", "Namespace", "TotalCost");
    private static final int SHOWN = 200;

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
                throw new IllegalArgumentException("the header has no '" + required + "' column: " + shown(names));
            }
        }
        this.columnCount = names.size();
    }

    /**
     * A header as a message may show it: a garbage file's first line can be anything, so control characters are
     * escaped (they would garble a terminal or a log pipeline) and it is cut to {@value #SHOWN} characters.
     */
    private static String shown(List<String> names) {
        String text = String.join(",", names);
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < text.length() && shown.length() < SHOWN; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\uFFFD') {
                shown.append(String.format("\\u%04X", (int) c));
            } else {
                shown.append(c);
            }
        }
        return "'" + shown + (text.length() > SHOWN ? "…'" : "'");
    }

    int columnCount() {
        return columnCount;
    }

    /** The position of the named column, or -1 when this file has no such column; found once, used for every row. */
    int index(String column) {
        return indexByName.getOrDefault(column, -1);
    }

    /** Label name to column index of the {@code Label_<name>} columns. */
    Map<String, Integer> labelColumns() {
        return labelColumns;
    }
}
