package io.kubeledger.chargeback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Splits an amount in proportion to weights, so that the parts add up to the amount
 * exactly. Parts are carried to {@value #SPLIT_SCALE} digits with {@link CostRounding}'s
 * largest remainders; an amount with still more digits leaves a residue below 10^-30,
 * which goes to the part with the largest weight. When no weight is positive the amount
 * is split evenly: nobody's cost is a reason to favour anybody.
 */
public final class ProportionalSplit {

    static final int SPLIT_SCALE = 30;

    private static final int GUARD_DIGITS = 10;

    private ProportionalSplit() {
    }

    public static List<BigDecimal> split(BigDecimal amount, List<BigDecimal> weights) {
        if (weights.isEmpty()) {
            throw new IllegalArgumentException("an amount cannot be split among nobody");
        }
        List<BigDecimal> positive = weights.stream().map(w -> w.max(BigDecimal.ZERO)).toList();
        BigDecimal total = positive.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            positive = Collections.nCopies(weights.size(), BigDecimal.ONE);
            total = BigDecimal.valueOf(weights.size());
        }
        BigDecimal divisor = total;
        List<BigDecimal> approximate = positive.stream()
            .map(w -> amount.multiply(w).divide(divisor, SPLIT_SCALE + GUARD_DIGITS, RoundingMode.HALF_EVEN))
            .toList();
        List<BigDecimal> parts = new ArrayList<>(CostRounding.round(approximate, SPLIT_SCALE));
        BigDecimal residue = amount.subtract(parts.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        if (residue.signum() != 0) {
            int largest = positive.indexOf(Collections.max(positive));
            parts.set(largest, parts.get(largest).add(residue));
        }
        return parts;
    }

}
