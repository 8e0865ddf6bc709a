package io.kubeledger.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads a body of the Log Analytics query API
 * ({@code {"tables":[{"name","columns","rows"}]}}) into a {@link LogsTable}. Numbers keep
 * their exact value, in scientific notation where their digits would be many
 * ({@code 1e999999999} written out would fill the heap); {@code dynamic} cells are kept
 * as JSON text. A body carrying an {@code error} (a partial error is HTTP 200 with
 * {@code "code":"PartialError"}) is refused.
 */
public final class LogsQueryResponseParser {

    private static final ObjectMapper JSON = new ObjectMapper()
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

    private LogsQueryResponseParser() {
    }

    public static LogsTable parse(InputStream body, String workspaceId, LogQuery query) throws IOException {
        JsonNode root = JSON.readTree(body);
        if (root == null || !root.isObject()) {
            throw new LogQueryFailedException(workspaceId, query, "the answer is not a query API response");
        }
        JsonNode error = root.path("error");
        if (!error.isMissingNode() && !error.isNull()) {
            throw new LogQueryFailedException(workspaceId, query, "the answer carries an error, so its data is "
                    + "incomplete: " + error.path("code").asText("(no code)") + " " + error.path("message").asText(""));
        }
        JsonNode tables = root.path("tables");
        if (!tables.isArray() || tables.isEmpty()) {
            throw new LogQueryFailedException(workspaceId, query, "the answer has no result table");
        }
        JsonNode table = primaryResult(tables);
        List<LogsTable.Column> columns = new ArrayList<>();
        for (JsonNode column : table.path("columns")) {
            columns.add(new LogsTable.Column(column.path("name").asText(), column.path("type").asText()));
        }
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode row : table.path("rows")) {
            List<String> cells = new ArrayList<>(row.size());
            row.forEach(cell -> cells.add(text(cell)));
            rows.add(cells);
        }
        return new LogsTable(columns, rows);
    }

    private static JsonNode primaryResult(JsonNode tables) {
        for (JsonNode table : tables) {
            if ("PrimaryResult".equals(table.path("name").asText())) {
                return table;
            }
        }
        return tables.get(0);
    }

    private static String text(JsonNode cell) {
        if (cell.isNull()) {
            return null;
        }
        if (cell.isNumber()) {
            return cell.decimalValue().toString();
        }
        return cell.isContainerNode() ? cell.toString() : cell.asText();
    }

}
