package io.kubeledger.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/**
 * One row of a query answer, read by contract column name. Numbers follow the export's
 * rule: within the lake's range ({@link PlainDecimal}), else the row is bad; names the
 * limits of Kubernetes and Azure.
 */
final class LogRow {

    /** Kubernetes names: a namespace (a DNS label), anything else (a DNS subdomain). */
    static final int MAX_NAMESPACE_LENGTH = 63;
    static final int MAX_NAME_LENGTH = 253;

    /**
     * The width of the working tables' resource id columns; ARM's ids are far shorter.
     */
    static final int MAX_RESOURCE_ID_LENGTH = 1024;

    private final Map<String, Integer> columnIndex;

    private final List<String> cells;

    LogRow(Map<String, Integer> columnIndex, List<String> cells) {
        this.columnIndex = columnIndex;
        this.cells = cells;
    }

    int indexOf(String column) {
        return columnIndex.get(column);
    }

    String text(String column) {
        return cells.get(indexOf(column));
    }

    /** A name of at most {@code maxLength} characters without control characters. */
    String name(String column, int maxLength) throws BadRowException {
        String text = text(column);
        if (text.length() > maxLength) {
            throw new BadRowException(
                    column + " is longer than " + maxLength + " characters: '" + Shown.prefix(text) + "'");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw new BadRowException(column + " contains a control character: '" + Shown.prefix(text) + "'");
        }
        return text;
    }

    /** A {@code datetime} cell as its UTC day. */
    LocalDate day(String column) throws BadRowException {
        String text = text(column);
        try {
            return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        }
        catch (DateTimeParseException e) {
            throw new BadRowException(column + " is not a datetime: '" + text + "'");
        }
    }

    /**
     * A {@code real} or {@code decimal} cell, exactly as written; never negative, within
     * the lake's range.
     */
    BigDecimal quantity(String column) throws BadRowException {
        String text = text(column);
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        }
        catch (NumberFormatException e) {
            throw new BadRowException(column + " is not a number: '" + Shown.prefix(text) + "'");
        }
        if (!PlainDecimal.withinRange(value)) {
            throw new BadRowException(
                    column + " is out of the lake's range (below 10^" + PlainDecimal.MAX_INTEGER_DIGITS + ", at most "
                            + PlainDecimal.MAX_FRACTION_DIGITS + " decimals): " + Shown.prefix(text));
        }
        if (value.signum() < 0) {
            throw new BadRowException(column + " is negative: " + Shown.prefix(text));
        }
        return value;
    }

    /** A {@code long} cell (a whole number, however written); never negative. */
    long count(String column) throws BadRowException {
        BigDecimal value = quantity(column);
        try {
            return value.longValueExact();
        }
        catch (ArithmeticException e) {
            throw new BadRowException(column + " is not a whole number: " + text(column));
        }
    }

}
