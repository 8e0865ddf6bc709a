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
    private static final int MAX_INTEGER_DIGITS = 26;
    /** The longest Kubernetes name (a DNS subdomain). */
    static final int MAX_NAME_LENGTH = 253;

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
                name(row, "Namespace"),
                name(row, "ControllerKind"),
                name(row, "ControllerName"),
                name(row, "Pod"),
                name(row, "Container"),
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

    /**
     * A Kubernetes name: at most {@value #MAX_NAME_LENGTH} characters (the longest Kubernetes allows, and the width of
     * the working tables' columns), without control characters, which no Kubernetes name has and PostgreSQL refuses.
     */
    private String name(List<String> row, String column) throws BadRowException {
        String text = header.cell(row, column);
        if (text.length() > MAX_NAME_LENGTH) {
            throw new BadRowException(column + " is longer than " + MAX_NAME_LENGTH + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                throw new BadRowException(column + " contains a control character (U+"
                        + String.format("%04X", (int) text.charAt(i)) + ")");
            }
        }
        return text;
    }

    private double quantity(List<String> row, String column) throws BadRowException {
        String text = header.cell(row, column);
        if (text.isEmpty()) {
            return 0;
        }
        checkPlainDecimal(text, column, "is not a number");
        return Double.parseDouble(text);
    }

    private BigDecimal money(List<String> row, String column) throws BadRowException {
        String text = header.cell(row, column);
        if (text.isEmpty()) {
            return BigDecimal.ZERO;
        }
        checkPlainDecimal(text, column, "is not a decimal number");
        return new BigDecimal(text);
    }

    /**
     * OpenCost writes numbers as Go's {@code FormatFloat(f, 'f', -1, 64)}: digits, maybe a fraction, no sign for what it
     * allocates, never an exponent. Anything else is refused before it is parsed: Java would read {@code 1e999999999}
     * as a number whose sums never end, {@code 0x1p3} or {@code 1f} as numbers, and {@code -0.5} as a refund OpenCost
     * does not make. At most 26 integer digits keep a sum within the lake's DECIMAL(38, 12).
     */
    private static void checkPlainDecimal(String text, String column, String notANumber) throws BadRowException {
        if (text.charAt(0) == '-' && isPlainDecimal(text.substring(1))) {
            throw new BadRowException(column + " is negative: '" + text + "'");
        }
        if (!isPlainDecimal(text)) {
            throw new BadRowException(column + " " + notANumber + ": '" + text + "'");
        }
    }

    private static boolean isPlainDecimal(String text) {
        int point = text.indexOf('.');
        int integerDigits = point < 0 ? text.length() : point;
        int fractionDigits = point < 0 ? 0 : text.length() - point - 1;
        if (integerDigits < 1 || integerDigits > MAX_INTEGER_DIGITS || (point >= 0 && fractionDigits < 1)) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (i != point && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
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
