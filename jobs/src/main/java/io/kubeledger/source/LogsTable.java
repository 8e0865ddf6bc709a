package io.kubeledger.source;

import java.util.ArrayList;
import java.util.List;

/**
 * The primary result table of a Log Analytics query as the wire format gives it: named,
 * typed columns and rows of cells as text ({@code null} for a null cell). Every source
 * produces it, so one parser serves them all.
 */
public record LogsTable(List<Column> columns, List<List<String>> rows) {

    public LogsTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * This answer followed by another of the same query (an empty answer, like a 204, has
     * no columns).
     */
    public LogsTable plus(LogsTable more) {
        List<List<String>> all = new ArrayList<>(rows);
        all.addAll(more.rows);
        return new LogsTable(columns.isEmpty() ? more.columns : columns, all);
    }

    /**
     * A result column: its name and its Kusto type ({@code datetime}, {@code string},
     * {@code long}, {@code real}, …).
     */
    public record Column(String name, String type) {
    }
}
