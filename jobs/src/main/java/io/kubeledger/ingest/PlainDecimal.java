package io.kubeledger.ingest;

import java.math.BigDecimal;

/**
 * Reads a plain decimal that {@link OpenCostRowParser} has checked (digits, maybe a point and more digits) to the same
 * value the general parsers give, without their cost: they handle signs, exponents and hexadecimal, and were a tenth
 * of the export step's time. Longer numbers than the fast paths cover go to the general parsers.
 */
final class PlainDecimal {

    /** Every power of ten a double holds exactly. */
    private static final double[] EXACT_POWERS_OF_TEN = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final long LARGEST_EXACT_DOUBLE_INTEGER = 1L << 53;
    private static final int DIGITS_A_LONG_HOLDS = 18;

    private PlainDecimal() {
    }

    /**
     * The double nearest the text. When its digits make an integer a double holds exactly and the fraction has at most
     * 22 digits, dividing that integer by the exact power of ten is one correctly rounded IEEE operation, so it gives
     * the nearest double, as {@link Double#parseDouble} does.
     */
    static double toDouble(String text) {
        Digits digits = Digits.of(text);
        if (digits != null && digits.unscaled <= LARGEST_EXACT_DOUBLE_INTEGER
                && digits.scale < EXACT_POWERS_OF_TEN.length) {
            return digits.unscaled / EXACT_POWERS_OF_TEN[digits.scale];
        }
        return Double.parseDouble(text);
    }

    /** The exact value with the text's scale, as {@code new BigDecimal(text)} gives it. */
    static BigDecimal toBigDecimal(String text) {
        Digits digits = Digits.of(text);
        return digits != null ? BigDecimal.valueOf(digits.unscaled, digits.scale) : new BigDecimal(text);
    }

    /** The text's digits as one integer and the number of them after the point; null when a long cannot hold them. */
    private record Digits(long unscaled, int scale) {

        static Digits of(String text) {
            long unscaled = 0;
            int digits = 0;
            int point = -1;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '.') {
                    point = i;
                } else if (++digits > DIGITS_A_LONG_HOLDS) {
                    return null;
                } else {
                    unscaled = unscaled * 10 + (c - '0');
                }
            }
            return new Digits(unscaled, point < 0 ? 0 : text.length() - point - 1);
        }
    }
}
