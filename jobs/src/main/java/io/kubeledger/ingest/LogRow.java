package io.kubeledger.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** One row of a query answer, read by contract column name. */
final class LogRow {

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

    /** A {@code datetime} cell as its UTC day. */
    LocalDate day(String column) throws BadRowException {
        String text = text(column);
        try {
            return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new BadRowException(column + " is not a datetime: '" + text + "'");
        }
    }

    /** A {@code real} or {@code decimal} cell, exactly as written; never negative. */
    BigDecimal quantity(String column) throws BadRowException {
        String text = text(column);
        try {
            BigDecimal value = new BigDecimal(text);
            if (value.signum() < 0) {
                throw new BadRowException(column + " is negative: " + text);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadRowException(column + " is not a number: '" + text + "'");
        }
    }

    /** A {@code long} cell (a whole number, however written); never negative. */
    long count(String column) throws BadRowException {
        BigDecimal value = quantity(column);
        try {
            return value.longValueExact();
        } catch (ArithmeticException e) {
            throw new BadRowException(column + " is not a whole number: " + text(column));
        }
    }
}
