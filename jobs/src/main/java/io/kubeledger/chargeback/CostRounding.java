package io.kubeledger.chargeback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.List;

/**
 * Rounds a set of exact amounts to a fixed scale so that the rounded amounts add up to
 * the exact total rounded once. Each amount is first rounded down; the units still
 * missing go, one each, to the amounts with the largest remainders (ties: the earlier
 * amount). This is where a rounding remainder goes, on purpose and repeatably.
 */
public final class CostRounding {

    private CostRounding() {
    }

    public static List<BigDecimal> round(List<BigDecimal> exact, int scale) {
        BigDecimal total = exact.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return round(exact, scale, total.setScale(scale, RoundingMode.HALF_EVEN));
    }

    /**
     * Rounds so that the amounts add up to {@code target}, which is their exact total
     * rounded down or up to the scale (a group's share of a larger set's rounding, as
     * {@link #round(List, int)} gives it).
     */
    public static List<BigDecimal> round(List<BigDecimal> exact, int scale, BigDecimal target) {
        int count = exact.size();
        BigDecimal roundedDown = BigDecimal.ZERO;
        BigDecimal[] rounded = new BigDecimal[count];
        for (int i = 0; i < count; i++) {
            rounded[i] = exact.get(i).setScale(scale, RoundingMode.FLOOR);
            roundedDown = roundedDown.add(rounded[i]);
        }
        long missingUnits = target.subtract(roundedDown).movePointRight(scale).longValueExact();
        if (missingUnits > 0) {
            BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
            BigDecimal[] remainders = new BigDecimal[count];
            Integer[] byRemainder = new Integer[count];
            for (int i = 0; i < count; i++) {
                remainders[i] = exact.get(i).subtract(rounded[i]);
                byRemainder[i] = i;
            }
            Arrays.sort(byRemainder, (a, b) -> {
                int larger = remainders[b].compareTo(remainders[a]);
                return larger != 0 ? larger : Integer.compare(a, b);
            });
            for (int k = 0; k < missingUnits; k++) {
                int i = byRemainder[k];
                rounded[i] = rounded[i].add(unit);
            }
        }
        return Arrays.asList(rounded);
    }

}
