package io.kubeledger.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns the fields of one export row into an {@link Allocation}. Money stays {@link BigDecimal} from the text on;
 * an empty cell is a column the row predates (OpenCost's union merge) and reads as zero or no label.
 */
final class OpenCostRowParser {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, Object>> LABELS = new TypeReference<>() {
    };

    /** Distinct label sets kept parsed; a pod's labels repeat on every row of it, so a few thousand cover a cluster. */
    private static final int LABEL_SETS_KEPT = 10_000;

    private final OpenCostHeader header;
    private final String cluster;
    private final Map<String, Map<String, String>> labelSets = new HashMap<>();
    /** The last date read: an export is written day by day, so consecutive rows share it. */
    private String lastDateText = "";
    private LocalDate lastDate;

    OpenCostRowParser(OpenCostHeader header, String cluster) {
        this.header = header;
        this.cluster = cluster;
    }

    /** The charge day of a row, read first so rows outside the run's window cost nothing more. */
    LocalDate day(List<String> row) throws BadRowException {
        checkColumnCount(row);
        String text = header.cell(row, "Date");
        if (text.equals(lastDateText)) {
            return lastDate;
        }
        try {
            lastDate = LocalDate.parse(text);
            lastDateText = text;
            return lastDate;
        } catch (DateTimeParseException e) {
            throw new BadRowException("Date is not a YYYY-MM-DD date: '" + text + "'");
        }
    }

    Allocation parse(List<String> row, LocalDate day) throws BadRowException {
        String totalCost = header.cell(row, "TotalCost");
        if (totalCost.isEmpty()) {
            throw new BadRowException("TotalCost is empty");
        }
        return new Allocation(cluster, day,
                header.cell(row, "Namespace"),
                header.cell(row, "ControllerKind"),
                header.cell(row, "ControllerName"),
                header.cell(row, "Pod"),
                header.cell(row, "Container"),
                quantity(row, "CPUCoreUsageAverage"),
                quantity(row, "CPUCoreRequestAverage"),
                quantity(row, "RAMBytesUsageAverage"),
                quantity(row, "RAMBytesRequestAverage"),
                quantity(row, "NetworkReceiveBytes"),
                quantity(row, "NetworkTransferBytes"),
                money(row, "CPUCost"),
                money(row, "RAMCost"),
                money(row, "TotalCost"),
                labels(row));
    }

    private void checkColumnCount(List<String> row) throws BadRowException {
        if (row.size() != header.columnCount()) {
            throw new BadRowException("has " + row.size() + " fields, the header has " + header.columnCount());
        }
    }

    private double quantity(List<String> row, String column) throws BadRowException {
        String text = header.cell(row, column);
        if (text.isEmpty()) {
            return 0;
        }
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadRowException(column + " is not a number: '" + text + "'");
        }
    }

    private BigDecimal money(List<String> row, String column) throws BadRowException {
        String text = header.cell(row, column);
        if (text.isEmpty()) {
            return BigDecimal.ZERO;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new BadRowException(column + " is not a decimal number: '" + text + "'");
        }
    }

    private Map<String, String> labels(List<String> row) throws BadRowException {
        String text = labelText(row);
        Map<String, String> labels = labelSets.get(text);
        if (labels == null) {
            labels = Map.copyOf(parseLabels(row));
            if (labelSets.size() == LABEL_SETS_KEPT) {
                labelSets.clear();
            }
            labelSets.put(text, labels);
        }
        return labels;
    }

    /** Every cell the labels are read from, as one text. */
    private String labelText(List<String> row) {
        if (header.labelColumns().isEmpty()) {
            return header.cell(row, "Labels");
        }
        StringBuilder text = new StringBuilder(header.cell(row, "Labels"));
        header.labelColumns().values().forEach(index -> text.append('\0').append(row.get(index)));
        return text.toString();
    }

    private Map<String, String> parseLabels(List<String> row) throws BadRowException {
        Map<String, String> labels = new HashMap<>();
        String json = header.cell(row, "Labels");
        if (!json.isBlank()) {
            try {
                JSON.readValue(json, LABELS).forEach((name, value) -> {
                    if (value != null) {
                        labels.put(name, String.valueOf(value));
                    }
                });
            } catch (JsonProcessingException e) {
                throw new BadRowException("Labels is not a JSON object: " + e.getOriginalMessage());
            }
        }
        // A Label_<name> column is the same label selected by EXPORT_CSV_LABELS_LIST; where both carry it, they agree.
        header.labelColumns().forEach((name, index) -> {
            String value = row.get(index);
            if (!value.isEmpty()) {
                labels.put(name, value);
            }
        });
        return labels;
    }
}
