package io.kubeledger.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A row of the {@code usage} query: the billable GB (decimal, 10^9 bytes) a table
 * ingested on a day.
 */
public record TableIngestion(LocalDate day, String table, BigDecimal billableGb) implements QueryRow {

    static final List<String> CONTRACT = List.of("Day", "DataType", "BillableGB");

    static TableIngestion from(LogRow row) throws BadRowException {
        return new TableIngestion(row.day("Day"), row.name("DataType", LogRow.MAX_NAME_LENGTH),
                row.quantity("BillableGB"));
    }

    @Override
    public Object grain() {
        return List.of(day, table);
    }
}
