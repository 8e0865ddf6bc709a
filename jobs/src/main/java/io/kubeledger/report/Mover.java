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
public record Mover(String name, BigDecimal before, BigDecimal now) {

    static final Comparator<Mover> BIGGEST_CHANGE_FIRST = Comparator
        .comparing((Mover m) -> m.change().abs(), Comparator.reverseOrder())
        .thenComparing(Mover::name);

    public BigDecimal change() {
        return now.subtract(before);
    }

    /** The change in percent of the base, or null for a name new this period. */
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
     * Every name of either period with its costs, biggest change first; empty when last
     * month cannot be compared with (no day of data on either side).
     */
    static List<Mover> of(Map<String, BigDecimal> now, Map<String, BigDecimal> before, LastMonth last,
            Coverage current) {
        if (last == null || last.comparable(BigDecimal.ZERO, current) == null) {
            return List.of();
        }
        TreeSet<String> names = new TreeSet<>(now.keySet());
        names.addAll(before.keySet());
        return names.stream()
            .map(name -> new Mover(name, last.comparable(before.getOrDefault(name, BigDecimal.ZERO), current),
                    now.getOrDefault(name, BigDecimal.ZERO)))
            .filter(mover -> mover.before().signum() != 0 || mover.now().signum() != 0)
            .sorted(BIGGEST_CHANGE_FIRST)
            .toList();
    }
}
