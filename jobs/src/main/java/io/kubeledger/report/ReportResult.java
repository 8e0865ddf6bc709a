package io.kubeledger.report;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Optional;

import io.kubeledger.run.HandOff;

/**
 * The {@code reportStep}'s result for the run's summary and metrics: the month's
 * headline, and the month's charge with the part of it on billed days, which are null
 * when the reports of a later run were kept.
 */
public record ReportResult(String headline, BigDecimal charged, BigDecimal billed) implements Serializable {

    public static final HandOff<ReportResult> RESULT = new HandOff<>("report", ReportResult.class);

    static ReportResult kept(String headline) {
        return new ReportResult(headline, null, null);
    }

    /**
     * The share of the charge reconciled with the bill, 0 to 1; none when the reports
     * were kept.
     */
    public Optional<Double> billedShare() {
        if (charged == null) {
            return Optional.empty();
        }
        return Optional.of(charged.signum() == 0 ? 0 : billed.doubleValue() / charged.doubleValue());
    }
}
