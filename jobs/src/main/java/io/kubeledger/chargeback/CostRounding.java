package io.kubeledger.chargeback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Rounds a set of exact amounts to a fixed scale so that the rounded amounts add up to the exact total rounded once.
 * Each amount is first rounded down; the units still missing go, one each, to the amounts with the largest
 * remainders (ties: the earlier amount). This is where a rounding remainder goes, on purpose and repeatably.
 */
public final class CostRounding {

    private CostRounding() {
    }

    public static List<BigDecimal> round(List<BigDecimal> exact, int scale) {
        BigDecimal total = exact.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal target = total.setScale(scale, RoundingMode.HALF_EVEN);
        List<BigDecimal> rounded = new ArrayList<>(exact.stream().map(a -> a.setScale(scale, RoundingMode.FLOOR)).toList());
        BigDecimal unit = BigDecimal.ONE.movePointLeft(scale);
        long missingUnits = target.subtract(rounded.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .divide(unit).longValueExact();
        List<BigDecimal> remainders = IntStream.range(0, exact.size())
                .mapToObj(i -> exact.get(i).subtract(rounded.get(i))).toList();
        List<Integer> byRemainder = IntStream.range(0, exact.size()).boxed()
                .sorted(Comparator.comparing(remainders::get, Comparator.reverseOrder())
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
        for (int k = 0; k < missingUnits; k++) {
            int i = byRemainder.get(k);
            rounded.set(i, rounded.get(i).add(unit));
        }
        return rounded;
    }
}
