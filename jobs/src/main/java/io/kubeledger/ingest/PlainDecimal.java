package io.kubeledger.ingest;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/**
 * Plain decimals as OpenCost writes them (digits, maybe a point and more digits), checked and read from a field's bytes
 * to the same values the general parsers give, without their cost: they handle signs, exponents and hexadecimal, and
 * were a tenth of the export step's time. Longer numbers than the fast paths cover go to the general parsers.
 */
final class PlainDecimal {

    /** At most 26 integer digits keep a sum within the lake's DECIMAL(38, 12). */
    private static final int MAX_INTEGER_DIGITS = 26;
    /** Every power of ten a double holds exactly. */
    private static final double[] EXACT_POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final long LARGEST_EXACT_DOUBLE_INTEGER = 1L << 53;
    private static final int DIGITS_A_LONG_HOLDS = 18;

    private PlainDecimal() {
    }

    /** Whether {@code bytes[from, to)} is 1 to 26 digits, maybe followed by a point and at least one digit. */
    static boolean isPlain(byte[] bytes, int from, int to) {
        int point = -1;
        for (int i = from; i < to; i++) {
            byte b = bytes[i];
            if (b == '.' && point < 0) {
                point = i;
            } else if (b < '0' || b > '9') {
                return false;
            }
        }
        int integerDigits = (point < 0 ? to : point) - from;
        return integerDigits >= 1 && integerDigits <= MAX_INTEGER_DIGITS && point != to - 1;
    }

    /**
     * The double nearest a plain decimal. When its digits make an integer a double holds exactly and the fraction has
     * at most 22 digits, dividing that integer by the exact power of ten is one correctly rounded IEEE operation, so
     * it gives the nearest double, as {@link Double#parseDouble} does.
     */
    static double toDouble(byte[] bytes, int from, int to) {
        long unscaled = unscaled(bytes, from, to);
        int scale = scale(bytes, from, to);
        if (unscaled >= 0 && unscaled <= LARGEST_EXACT_DOUBLE_INTEGER && scale < EXACT_POWERS_OF_TEN.length) {
            return unscaled / EXACT_POWERS_OF_TEN[scale];
        }
        return Double.parseDouble(text(bytes, from, to));
    }

    /** The exact value of a plain decimal with its scale, as {@code new BigDecimal(text)} gives it. */
    static BigDecimal toBigDecimal(byte[] bytes, int from, int to) {
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
