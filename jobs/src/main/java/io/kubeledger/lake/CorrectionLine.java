package io.kubeledger.lake;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A correction of earlier periods on the month's bill, as charged: what it is billed on
 * (a cluster, with the bucket of its bill, or a workspace, {@code log-analytics}), the
 * days it corrects, and its amount.
 */
public record CorrectionLine(String billedOn, String bucket, LocalDate correctedFrom, LocalDate correctedThrough,
        BigDecimal amount) {
}
