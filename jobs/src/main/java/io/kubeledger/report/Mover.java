package io.kubeledger.report;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * A team's or a namespace's cost this period beside last month's like-for-like cost
 * ({@link LastMonth#comparable}): the top movers are the biggest changes in money, up or
 * down.
 */
public record Mover<K extends Comparable<K>>(K key, BigDecimal before, BigDecimal now) {

    public BigDecimal change() {
        return now.subtract(before);
    }

    /** The change in percent of the base, or null for a key new this period. */
    public Double percent() {
        return before.signum() == 0 ? null : change().doubleValue() / before.doubleValue();
    }

    /** {@code 1,200.00 to 1,380.00 (+15.0 %)}, or {@code new: 0.00 to 12.00}. */
    String describe() {
        Double percent = percent();
        return String.format(Locale.ROOT, "%,.2f to %,.2f", before, now)
                + (percent == null ? " (new)" : " (" + LastMonth.percent(percent * 100) + ")");
    }

    /**
     * Every key of either period with its costs, biggest change first (the keys' order
     * between equal changes); empty when last month cannot be compared with (no day of
     * data on either side).
     */
    static <K extends Comparable<K>> List<Mover<K>> of(Map<K, BigDecimal> now, Map<K, BigDecimal> before,
            LastMonth last, Coverage current) {
        if (last == null || last.comparable(BigDecimal.ZERO, current) == null) {
            return List.of();
        }
        TreeSet<K> keys = new TreeSet<>(now.keySet());
        keys.addAll(before.keySet());
        Comparator<Mover<K>> biggestChangeFirst = Comparator
            .comparing((Mover<K> m) -> m.change().abs(), Comparator.reverseOrder())
            .thenComparing(Mover::key);
        return keys.stream()
            .map(key -> new Mover<>(key, last.comparable(before.getOrDefault(key, BigDecimal.ZERO), current),
                    now.getOrDefault(key, BigDecimal.ZERO)))
            .filter(mover -> mover.before().signum() != 0 || mover.now().signum() != 0)
            .sorted(biggestChangeFirst)
            .toList();
    }
}
