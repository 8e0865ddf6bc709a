package io.kubeledger.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.kubeledger.run.DayRange;
import io.kubeledger.source.LogQuery;
import io.kubeledger.source.LogQueryFailedException;
import io.kubeledger.source.LogsTable;

/**
 * Turns a query answer into records. The contract columns must all be there (else the run
 * fails: the answer is not what the query promises), unless the answer is empty
 * altogether (no data); other columns are ignored. A row with a null or unreadable
 * contract cell is quarantined verbatim; a row of a day outside the run's window is left
 * out, as the answer may cover more days.
 */
final class LogResultReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Makes a record of a row whose contract cells are all present. */
    @FunctionalInterface
    interface RowMapper<T> {

        T map(LogRow row) throws BadRowException;

    }

    private final DayRange window;

    private final Quarantine quarantine;

    LogResultReader(DayRange window, Quarantine quarantine) {
        this.window = window;
        this.quarantine = quarantine;
    }

    <T extends QueryRow> List<T> read(LogsTable table, String workspaceId, LogQuery query, String source,
            List<String> contract, RowMapper<T> mapper) {
        if (table.columns().isEmpty() && table.rows().isEmpty()) {
            return List.of(); // no data: the query API's 204
        }
        Map<String, Integer> index = columnIndex(table, workspaceId, query, contract);
        List<T> records = new ArrayList<>();
        Map<Object, Integer> firstRowOf = new HashMap<>();
        for (int i = 0; i < table.rows().size(); i++) {
            List<String> cells = table.rows().get(i);
            try {
                LogRow row = new LogRow(index, cells);
                requireCells(row, cells, contract);
                T record = mapper.map(row);
                Integer first = firstRowOf.putIfAbsent(record.grain(), i + 1);
                if (first != null) {
                    throw new BadRowException("repeats the grain (" + record.grain() + ") of row " + first
                            + ", which the query cannot give twice");
                }
                if (window.contains(record.day())) {
                    records.add(record);
                }
            }
            catch (BadRowException e) {
                quarantine.quarantine(source, i + 1, e.getMessage(), json(cells));
            }
        }
        return records;
    }

    private static Map<String, Integer> columnIndex(LogsTable table, String workspaceId, LogQuery query,
            List<String> contract) {
        Map<String, Integer> index = new HashMap<>();
        for (int c = 0; c < table.columns().size(); c++) {
            index.putIfAbsent(table.columns().get(c).name(), c);
        }
        List<String> missing = contract.stream().filter(column -> !index.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            throw new LogQueryFailedException(workspaceId, query,
                    "the answer lacks the contract column(s) " + String.join(", ", missing) + " (it has "
                            + table.columns().stream().map(LogsTable.Column::name).toList() + ")");
        }
        return index;
    }

    private static void requireCells(LogRow row, List<String> cells, List<String> contract) throws BadRowException {
        for (String column : contract) {
            if (row.indexOf(column) >= cells.size()) {
                throw new BadRowException("the row has " + cells.size() + " cells, fewer than the columns");
            }
            if (row.text(column) == null) {
                throw new BadRowException(column + " is null");
            }
        }
    }

    private static String json(List<String> cells) {
        try {
            return JSON.writeValueAsString(cells);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("a row of text cells cannot be written as JSON", e);
        }
    }

}
