package io.kubeledger.ingest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Numbers as OpenCost writes them (Go's {@code FormatFloat(f, 'f', -1, 64)}: maybe a
 * minus sign, digits, maybe a point and more digits; or one of Go's special values),
 * checked and read from a field's bytes to the same values the general parsers give,
 * without their cost: they handle exponents and hexadecimal, for every field of every row
 * (docs/benchmark.md). Longer numbers than the fast paths cover go to the general
 * parsers.
 */
final class PlainDecimal {

    /**
     * The lake's range: fewer than 10^15 in magnitude, so that a month of rows summed
     * stays within the lake's DECIMAL(38, 12) and every figure derived from a row (a
     * saving a month, a share) within its column.
     */
    static final int MAX_INTEGER_DIGITS = 15;

    /**
     * A double's shortest digits end by the 324th decimal place (the smallest double is
     * 5e-324).
     */
    static final int MAX_FRACTION_DIGITS = 324;

    /** Every power of ten a double holds exactly. */
    private static final double[] EXACT_POWERS_OF_TEN = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
            1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };

    private static final long LARGEST_EXACT_DOUBLE_INTEGER = 1L << 53;

    private static final int DIGITS_A_LONG_HOLDS = 18;

    /** What a field holds. */
    enum Form {

        /** A plain decimal within the lake's range. */
        PLAIN,
        /** Go's NaN or an infinity: a figure that exists but has no value. */
        NOT_FINITE,
        /** A plain decimal with more digits than the lake's range. */
        OUT_OF_RANGE,
        /** Anything else: exponents, hexadecimal, suffixes, text. */
        NOT_A_NUMBER

    }

    private PlainDecimal() {
    }

    /**
     * Whether a number read in any notation (a query answer's, a bill's) is within the
     * lake's range.
     */
    static boolean withinRange(BigDecimal value) {
        return value.precision() - value.scale() <= MAX_INTEGER_DIGITS && value.scale() <= MAX_FRACTION_DIGITS;
    }

    static Form form(byte[] bytes, int from, int to) {
        int start = from < to && bytes[from] == '-' ? from + 1 : from;
        int point = -1;
        for (int i = start; i < to; i++) {
            byte b = bytes[i];
            if (b == '.' && point < 0) {
                point = i;
            }
            else if (b < '0' || b > '9') {
                return isNotFinite(bytes, from, to) ? Form.NOT_FINITE : Form.NOT_A_NUMBER;
            }
        }
        int integerDigits = (point < 0 ? to : point) - start;
        if (integerDigits < 1 || point == to - 1) {
            return Form.NOT_A_NUMBER;
        }
        int fractionDigits = point < 0 ? 0 : to - 1 - point;
        return significantIntegerDigits(bytes, start, start + integerDigits) > MAX_INTEGER_DIGITS
                || fractionDigits > MAX_FRACTION_DIGITS ? Form.OUT_OF_RANGE : Form.PLAIN;
    }

    /**
     * Go writes {@code NaN}, {@code +Inf} and {@code -Inf}; other writers spell infinity
     * out.
     */
    private static boolean isNotFinite(byte[] bytes, int from, int to) {
        String text = text(bytes, from, to);
        return switch (text) {
            case "NaN", "Inf", "+Inf", "-Inf", "Infinity", "+Infinity", "-Infinity" -> true;
            default -> false;
        };
    }

    private static int significantIntegerDigits(byte[] bytes, int from, int to) {
        int first = from;
        while (first < to - 1 && bytes[first] == '0') {
            first++;
        }
        return to - first;
    }

    /**
     * The double nearest a plain decimal. When its digits make an integer a double holds
     * exactly and the fraction has at most 22 digits, dividing that integer by the exact
     * power of ten is one correctly rounded IEEE operation, so it gives the nearest
     * double, as {@link Double#parseDouble} does.
     */
    static double toDouble(byte[] bytes, int from, int to) {
        if (bytes[from] == '-') {
            return -toDouble(bytes, from + 1, to);
        }
        long unscaled = unscaled(bytes, from, to);
        int scale = scale(bytes, from, to);
        if (unscaled >= 0 && unscaled <= LARGEST_EXACT_DOUBLE_INTEGER && scale < EXACT_POWERS_OF_TEN.length) {
            return unscaled / EXACT_POWERS_OF_TEN[scale];
        }
        return Double.parseDouble(text(bytes, from, to));
    }

    /**
     * The exact value of a plain decimal with its scale, as {@code new BigDecimal(text)}
     * gives it.
     */
    static BigDecimal toBigDecimal(byte[] bytes, int from, int to) {
        if (bytes[from] == '-') {
            return toBigDecimal(bytes, from + 1, to).negate();
        }
        long unscaled = unscaled(bytes, from, to);
        return unscaled >= 0 ? BigDecimal.valueOf(unscaled, scale(bytes, from, to))
                : new BigDecimal(text(bytes, from, to));
    }

    /** The digits as one integer, or -1 when a long cannot hold them. */
    private static long unscaled(byte[] bytes, int from, int to) {
        long unscaled = 0;
        int digits = 0;
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b != '.') {
                if (++digits > DIGITS_A_LONG_HOLDS) {
                    return -1;
                }
                unscaled = unscaled * 10 + (b - '0');
            }
        }
        return unscaled;
    }

    /** The number of digits after the point. */
    private static int scale(byte[] bytes, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (bytes[i] == '.') {
                return to - 1 - i;
            }
        }
        return 0;
    }

    private static String text(byte[] bytes, int from, int to) {
        return new String(bytes, from, to - from, StandardCharsets.ISO_8859_1);
    }

}
