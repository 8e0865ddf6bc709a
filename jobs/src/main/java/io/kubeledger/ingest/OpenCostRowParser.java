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
    private final Column date;
    private final Column namespace;
    private final Column controllerKind;
    private final Column controllerName;
    private final Column pod;
    private final Column container;
    private final Column cpuCoreUsageAverage;
    private final Column cpuCoreRequestAverage;
    private final Column ramBytesUsageAverage;
    private final Column ramBytesRequestAverage;
    private final Column networkReceiveBytes;
    private final Column networkTransferBytes;
    private final Column cpuCost;
    private final Column ramCost;
    private final Column totalCost;
    private final Column labelsJson;
    private final Map<String, Map<String, String>> labelSets = new HashMap<>();
    /** The last date read: an export is written day by day, so consecutive rows share it. */
    private String lastDateText = "";
    private LocalDate lastDate;

    /** A column by name, for the messages, and by position, found once: every row reads 16 of them. */
    private record Column(String name, int index) {

        String cell(List<String> row) {
            return OpenCostHeader.cell(row, index);
        }
    }

    OpenCostRowParser(OpenCostHeader header, String cluster) {
        this.header = header;
        this.cluster = cluster;
        this.date = column("Date");
        this.namespace = column("Namespace");
        this.controllerKind = column("ControllerKind");
        this.controllerName = column("ControllerName");
        this.pod = column("Pod");
        this.container = column("Container");
        this.cpuCoreUsageAverage = column("CPUCoreUsageAverage");
        this.cpuCoreRequestAverage = column("CPUCoreRequestAverage");
        this.ramBytesUsageAverage = column("RAMBytesUsageAverage");
        this.ramBytesRequestAverage = column("RAMBytesRequestAverage");
        this.networkReceiveBytes = column("NetworkReceiveBytes");
        this.networkTransferBytes = column("NetworkTransferBytes");
        this.cpuCost = column("CPUCost");
        this.ramCost = column("RAMCost");
        this.totalCost = column("TotalCost");
        this.labelsJson = column("Labels");
    }

    private Column column(String name) {
        return new Column(name, header.index(name));
    }

    /** The charge day of a row, read first so rows outside the run's window cost nothing more. */
    LocalDate day(List<String> row) throws BadRowException {
        checkColumnCount(row);
        String text = date.cell(row);
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
        if (totalCost.cell(row).isEmpty()) {
            throw new BadRowException("TotalCost is empty");
        }
        return new Allocation(cluster, day,
                name(row, namespace),
                name(row, controllerKind),
                name(row, controllerName),
                name(row, pod),
                name(row, container),
                quantity(row, cpuCoreUsageAverage),
                quantity(row, cpuCoreRequestAverage),
                quantity(row, ramBytesUsageAverage),
                quantity(row, ramBytesRequestAverage),
                quantity(row, networkReceiveBytes),
                quantity(row, networkTransferBytes),
                money(row, cpuCost),
                money(row, ramCost),
                money(row, totalCost),
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
    private String name(List<String> row, Column column) throws BadRowException {
        String text = column.cell(row);
        if (text.length() > MAX_NAME_LENGTH) {
            throw new BadRowException(column.name() + " is longer than " + MAX_NAME_LENGTH + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                throw new BadRowException(column.name() + " contains a control character (U+"
                        + String.format("%04X", (int) text.charAt(i)) + ")");
            }
        }
        return text;
    }

    private double quantity(List<String> row, Column column) throws BadRowException {
        String text = column.cell(row);
        if (text.isEmpty()) {
            return 0;
        }
        checkPlainDecimal(text, column.name(), "is not a number");
        return PlainDecimal.toDouble(text);
    }

    private BigDecimal money(List<String> row, Column column) throws BadRowException {
        String text = column.cell(row);
        if (text.isEmpty()) {
            return BigDecimal.ZERO;
        }
        checkPlainDecimal(text, column.name(), "is not a decimal number");
        return PlainDecimal.toBigDecimal(text);
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
            return labelsJson.cell(row);
        }
        StringBuilder text = new StringBuilder(labelsJson.cell(row));
        header.labelColumns().values().forEach(index -> text.append('\0').append(row.get(index)));
        return text.toString();
    }

    private Map<String, String> parseLabels(List<String> row) throws BadRowException {
        Map<String, String> labels = new HashMap<>();
        String json = labelsJson.cell(row);
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
