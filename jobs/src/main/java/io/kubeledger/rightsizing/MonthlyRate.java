package io.kubeledger.rightsizing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Turns an amount over some days into a month's, as Azure prices a month: 730 hours.
 * Savings are estimates, so they are given in cents.
 */
public final class MonthlyRate {

    static final BigDecimal HOURS_PER_MONTH = BigDecimal.valueOf(730);

    private static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(24);

    /** The lake writes savings as DECIMAL(18, 2): below 10^16. */
    private static final BigDecimal CENTS_LIMIT = BigDecimal.TEN.pow(16);

    private MonthlyRate() {
    }

    /** The month's worth, unrounded, of an amount spread over {@code days}. */
    public static BigDecimal of(BigDecimal amount, int days) {
        return amount.multiply(HOURS_PER_MONTH)
            .divide(HOURS_PER_DAY.multiply(BigDecimal.valueOf(days)), MathContext.DECIMAL128);
    }

    public static BigDecimal inCents(BigDecimal amount, int days) {
        return of(amount, days).setScale(2, RoundingMode.HALF_EVEN);
    }

    /**
     * Whether a saving a month can be written to the lake. Each input figure is within
     * the lake's range, but a saving adds up many, and one that still does not fit comes
     * only from absurd figures: it is not recommended.
     */
    static boolean fitsTheLake(BigDecimal monthly) {
        return monthly.abs().compareTo(CENTS_LIMIT) < 0;
    }

}
