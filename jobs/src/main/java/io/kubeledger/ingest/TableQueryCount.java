package io.kubeledger.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A row of the {@code table-queries} query: how many queries named a table on a day, and
 * the GB they scanned (what those queries would be charged were the table on the Basic
 * plan).
 */
public record TableQueryCount(LocalDate day, String table, long queries, BigDecimal scannedGb) implements QueryRow {

    static final List<String> CONTRACT = List.of("Day", "TableName", "Queries", "ScannedGB");

    static TableQueryCount from(LogRow row) throws BadRowException {
        return new TableQueryCount(row.day("Day"), row.name("TableName", LogRow.MAX_NAME_LENGTH), row.count("Queries"),
                row.quantity("ScannedGB"));
    }

    @Override
    public Object grain() {
        return List.of(day, table);
    }
}
