package io.kubeledger;

import java.math.BigDecimal;

/**
 * Go's {@code strconv.FormatFloat(f, 'f', -1, 64)}, as OpenCost's CSV writer formats
 * every number: the shortest digits that read back as the same double, written out in
 * full (never an exponent), {@code -0} for negative zero, and {@code NaN}, {@code +Inf},
 * {@code -Inf}.
 */
final class GoFloat {

    private GoFloat() {
    }

    static String format(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        if (value == 0) {
            return 1 / value < 0 ? "-0" : "0";
        }
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

}
