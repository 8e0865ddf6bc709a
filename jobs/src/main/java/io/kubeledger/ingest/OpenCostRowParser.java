package io.kubeledger.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Turns the fields of one export row into an {@link Allocation}. Money stays
 * {@link BigDecimal} from the text on; an empty cell is a column the row predates
 * (OpenCost's union merge) and reads as zero or no label.
 */
final class OpenCostRowParser {

    /**
     * Distinct label sets kept parsed; a pod's labels repeat on every row of it, so a few
     * thousand cover a cluster.
     */
    private static final int LABEL_SETS_KEPT = 10_000;

    /** The longest Kubernetes name (a DNS subdomain). */
    static final int MAX_NAME_LENGTH = 253;

    private static final int DATE_LENGTH = "YYYY-MM-DD".length();

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

    private final Column gpuCost;

    private final Column pvCost;

    private final Column networkCost;

    private final Column totalCost;

    private final Column labelsJson;

    private final Map<String, Map<String, String>> labelSets = new HashMap<>();

    /**
     * The last date read: an export is written day by day, so consecutive rows share it.
     */
    private final byte[] lastDateBytes = new byte[DATE_LENGTH];

    private LocalDate lastDate;

    /**
     * A column by name, for the messages, and by position (-1 when the file has no such
     * column), found once.
     */
    private record Column(String name, int index) {

        boolean isEmpty(CsvLine row) {
            return index < 0 || row.isEmpty(index);
        }

        String text(CsvLine row) {
            return index < 0 ? "" : row.text(index);
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
        this.gpuCost = column("GPUCost");
        this.pvCost = column("PVCost");
        this.networkCost = column("NetworkCost");
        this.totalCost = column("TotalCost");
        this.labelsJson = column("Labels");
    }

    private Column column(String name) {
        return new Column(name, header.index(name));
    }

    /**
     * The charge day of a row, read first so rows outside the run's window cost nothing
     * more.
     */
    LocalDate day(CsvLine row) throws BadRowException {
        checkColumnCount(row);
        int from = row.start(date.index());
        int to = row.end(date.index());
        if (lastDate != null && Arrays.equals(row.bytes(), from, to, lastDateBytes, 0, DATE_LENGTH)) {
            return lastDate;
        }
        String text = row.text(date.index());
        LocalDate day;
        try {
            day = LocalDate.parse(text);
        }
        catch (DateTimeParseException e) {
            throw new BadRowException("Date is not a YYYY-MM-DD date: '" + text + "'");
        }
        if (to - from == DATE_LENGTH) {
            System.arraycopy(row.bytes(), from, lastDateBytes, 0, DATE_LENGTH);
            lastDate = day;
        }
        return day;
    }

    Allocation parse(CsvLine row, LocalDate day) throws BadRowException {
        BigDecimal charged = chargedCost(row, totalCost);
        return new Allocation(cluster, day, name(row, namespace), name(row, controllerKind), name(row, controllerName),
                name(row, pod), name(row, container), quantity(row, cpuCoreUsageAverage),
                quantity(row, cpuCoreRequestAverage), quantity(row, ramBytesUsageAverage),
                quantity(row, ramBytesRequestAverage), quantity(row, networkReceiveBytes),
                quantity(row, networkTransferBytes), priceCost(row, cpuCost), priceCost(row, ramCost),
                priceCost(row, gpuCost), priceCost(row, pvCost), priceCost(row, networkCost), charged, labels(row));
    }

    private void checkColumnCount(CsvLine row) throws BadRowException {
        if (row.size() != header.columnCount()) {
            throw new BadRowException("has " + row.size() + " fields, the header has " + header.columnCount());
        }
    }

    /**
     * A Kubernetes name: at most {@value #MAX_NAME_LENGTH} characters (the longest
     * Kubernetes allows, and the width of the working tables' columns), without control
     * characters, which no Kubernetes name has and PostgreSQL refuses. Most names are
     * ASCII and checked on their bytes; others on their characters.
     */
    private String name(CsvLine row, Column column) throws BadRowException {
        if (column.isEmpty(row)) {
            return "";
        }
        byte[] bytes = row.bytes();
        int from = row.start(column.index());
        int to = row.end(column.index());
        boolean ascii = true;
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b < 0) {
                ascii = false;
            }
            else if (b < ' ' || b == 0x7F) {
                throw controlCharacter(column, b);
            }
        }
        String text = row.text(column.index());
        if (text.length() > MAX_NAME_LENGTH) {
            throw new BadRowException(column.name() + " is longer than " + MAX_NAME_LENGTH + " characters");
        }
        for (int i = 0; !ascii && i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                throw controlCharacter(column, text.charAt(i));
            }
        }
        return text;
    }

    private static BadRowException controlCharacter(Column column, int character) {
        return new BadRowException(
                column.name() + " contains a control character (U+" + String.format("%04X", character) + ")");
    }

    /**
     * A usage or request figure. Go writes {@code NaN} and infinities as they are, and
     * float residue of a zero as a tiny negative number: such a figure is unknown
     * ({@link Double#NaN}), and the row is still charged. Negative zero is zero.
     */
    private double quantity(CsvLine row, Column column) throws BadRowException {
        if (column.isEmpty(row)) {
            return 0;
        }
        if (numberForm(row, column) == PlainDecimal.Form.NOT_FINITE) {
            return Allocation.UNKNOWN;
        }
        double value = PlainDecimal.toDouble(row.bytes(), row.start(column.index()), row.end(column.index()));
        return value < 0 ? Allocation.UNKNOWN : Math.abs(value);
    }

    /**
     * A cost of a part of {@code TotalCost}: unknown (null) when not finite or negative.
     */
    private BigDecimal priceCost(CsvLine row, Column column) throws BadRowException {
        if (column.isEmpty(row)) {
            return BigDecimal.ZERO;
        }
        if (numberForm(row, column) == PlainDecimal.Form.NOT_FINITE) {
            return null;
        }
        BigDecimal value = PlainDecimal.toBigDecimal(row.bytes(), row.start(column.index()), row.end(column.index()));
        return value.signum() < 0 ? null : value;
    }

    /**
     * The cost charged: as written, sign included (a negative row is a credit); without a
     * value, the row is bad.
     */
    private BigDecimal chargedCost(CsvLine row, Column column) throws BadRowException {
        if (column.isEmpty(row)) {
            throw new BadRowException(column.name() + " is empty");
        }
        if (numberForm(row, column) == PlainDecimal.Form.NOT_FINITE) {
            throw new BadRowException(
                    column.name() + " is not a number, so the row's cost is unknown: '" + column.text(row) + "'");
        }
        return PlainDecimal.toBigDecimal(row.bytes(), row.start(column.index()), row.end(column.index()));
    }

    /**
     * OpenCost writes numbers as Go's {@code FormatFloat(f, 'f', -1, 64)}: a plain
     * decimal, maybe signed, never an exponent, or Go's {@code NaN}, {@code +Inf},
     * {@code -Inf}. Anything else is refused before it is parsed: Java would read
     * {@code 1e999999999} as a number whose sums never end, {@code 0x1p3} or {@code 1f}
     * as numbers. So is a number beyond the lake's range, which no sum of it could be
     * written in.
     */
    private static PlainDecimal.Form numberForm(CsvLine row, Column column) throws BadRowException {
        PlainDecimal.Form form = PlainDecimal.form(row.bytes(), row.start(column.index()), row.end(column.index()));
        return switch (form) {
            case PLAIN, NOT_FINITE -> form;
            case OUT_OF_RANGE -> throw new BadRowException(column.name() + " is out of the lake's range (at most "
                    + PlainDecimal.MAX_INTEGER_DIGITS + " integer and " + PlainDecimal.MAX_FRACTION_DIGITS
                    + " decimal digits): '" + Shown.prefix(column.text(row)) + "'");
            case NOT_A_NUMBER ->
                throw new BadRowException(column.name() + " is not a number: '" + Shown.prefix(column.text(row)) + "'");
        };
    }

    private Map<String, String> labels(CsvLine row) throws BadRowException {
        String text = labelKey(row);
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

    /**
     * Every cell the labels are read from, as one key ({@link CsvLine#rawKey}): equal
     * keys, equal labels.
     */
    private String labelKey(CsvLine row) {
        String json = labelsJson.index() < 0 ? "" : row.rawKey(labelsJson.index());
        if (header.labelColumns().isEmpty()) {
            return json;
        }
        StringBuilder key = new StringBuilder(json);
        header.labelColumns().values().forEach(index -> key.append('\0').append(row.rawKey(index)));
        return key.toString();
    }

    private Map<String, String> parseLabels(CsvLine row) throws BadRowException {
        String json = labelsJson.text(row);
        Map<String, String> labels = json.isBlank() ? new HashMap<>() : LabelsJson.parse(json);
        // A Label_<name> column is the same label selected by EXPORT_CSV_LABELS_LIST;
        // where both carry it, they agree.
        header.labelColumns().forEach((name, index) -> {
            String value = row.text(index);
            if (!value.isEmpty()) {
                labels.put(name, value);
            }
        });
        return labels;
    }

}
