package io.kubeledger.source;

import java.util.List;

/**
 * The primary result table of a Log Analytics query as the wire format gives it: named, typed columns and rows of
 * cells as text ({@code null} for a null cell). Every source produces it, so one parser serves them all.
 */
public record LogsTable(List<Column> columns, List<List<String>> rows) {

    public LogsTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A result column: its name and its Kusto type ({@code datetime}, {@code string}, {@code long}, {@code real}, …). */
    public record Column(String name, String type) {
    }
}
