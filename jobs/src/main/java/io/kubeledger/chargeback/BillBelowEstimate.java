package io.kubeledger.chargeback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/**
 * A cluster whose bill is under half of what OpenCost allocated on the same days. It is
 * charged as it is (the bill is the bill, the difference a negative idle), but a wrong
 * export scope or cost column looks exactly like this, so the log, the run's summary and
 * the reports' first note say it with both figures.
 */
public record BillBelowEstimate(String cluster, BigDecimal billed, BigDecimal allocated) {

    private static final BigDecimal HALF = new BigDecimal("0.5");

    /** The finding, where the bill is below half the allocation. */
    public static Optional<BillBelowEstimate> of(String cluster, BigDecimal billed, BigDecimal allocated) {
        return allocated.signum() > 0 && billed.compareTo(allocated.multiply(HALF)) < 0
                ? Optional.of(new BillBelowEstimate(cluster, billed, allocated)) : Optional.empty();
    }

    public String notice(String currency) {
        BigDecimal percent = billed.multiply(BigDecimal.valueOf(100)).divide(allocated, 0, RoundingMode.HALF_UP);
        return String.format(Locale.ROOT, "The bill of %s, %,.2f %s, is %s %% of OpenCost's estimate of the same days, "
                + "%,.2f %s: is the cost export's scope or kubeledger.billing.cost-column right? The difference is "
                + "charged as negative idle.", cluster, billed, currency, percent.toPlainString(), allocated, currency);
    }
}
