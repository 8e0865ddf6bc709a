package io.kubeledger.ingest;

import java.time.LocalDate;
import java.util.List;

/** A row of the {@code table-queries} query: how many queries named a table on a day. */
public record TableQueryCount(LocalDate day, String table, long queries) {

    static final List<String> CONTRACT = List.of("Day", "TableName", "Queries");

    static TableQueryCount from(LogRow row) throws BadRowException {
        return new TableQueryCount(row.day("Day"), row.text("TableName"), row.count("Queries"));
    }
}
