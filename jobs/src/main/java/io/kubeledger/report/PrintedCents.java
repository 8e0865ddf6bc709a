package io.kubeledger.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import io.kubeledger.chargeback.CostRounding;

/**
 * Amounts as a report prints them, to the cent. A printed total is its exact amount
 * rounded half up (as {@code %,.2f} prints it); the parts printed under it are rounded by
 * largest remainder to add up to it, so that a reader who adds the lines of a section
 * finds the total printed above them.
 */
final class PrintedCents {

    private static final int CENTS = 2;

    private PrintedCents() {
    }

    static BigDecimal total(BigDecimal exact) {
        return exact.setScale(CENTS, RoundingMode.HALF_UP);
    }

    /**
     * The parts, to the cent, adding up to {@code printedTotal}, a rounding of their
     * exact sum; none for a section without lines (a team whose namespaces the lake has
     * no resource split of).
     */
    static List<BigDecimal> parts(List<BigDecimal> exact, BigDecimal printedTotal) {
        return exact.isEmpty() ? List.of() : CostRounding.round(exact, CENTS, printedTotal);
    }

}
