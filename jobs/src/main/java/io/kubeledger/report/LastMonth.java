package io.kubeledger.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.kubeledger.report.MonthlyReport.DailyCost;

/**
 * What a report compares with: last month's latest run in the lake, over the period like
 * this report's (the same days for a month to date, the whole month for a month's final
 * report), each team's cost over it and its coverage.
 * <p>
 * Totals are compared only where like is compared with like: both periods' data whole,
 * and either two whole months or as many days on each side. Otherwise the cost per day of
 * data is, and the text says so. {@code daily}: each team's cost of each day through the
 * run, both bases, which the month's chart draws.
 */
public record LastMonth(YearMonth month, LocalDate runDate, Coverage coverage, Map<String, BigDecimal> byTeam,
        Map<NamespaceKey, BigDecimal> byNamespace, Map<NamespaceKey, BigDecimal> byTeamNamespace, Basis allocationOnly,
        List<DailyCost> daily) {

    /**
     * Where one month is reconciled with the bill and the other an estimate, both are
     * compared on OpenCost's allocation alone, at the price list (the lake's
     * {@code ListCost}: logs at their priced ingestion, idle cost, which only a bill
     * gives, and corrections left out): {@code lastBilled} says which.
     */
    public record Basis(boolean lastBilled) {

        /**
         * {@code on OpenCost's allocation (logs at the price list, idle and corrections left out: 2026-09 is an
         * estimate, this month billed)}.
         */
        String describe(YearMonth last) {
            return "on OpenCost's allocation (logs at the price list, idle and corrections left out: " + last + " is "
                    + (lastBilled ? "billed, this month an estimate" : "an estimate, this month billed") + ")";
        }
    }

    public LastMonth {
        byTeam = Collections.unmodifiableMap(new TreeMap<>(byTeam));
        byNamespace = Collections.unmodifiableMap(new TreeMap<>(byNamespace));
        byTeamNamespace = Collections.unmodifiableMap(new TreeMap<>(byTeamNamespace));
        daily = List.copyOf(daily);
    }

    /**
     * Last period's cost as this period's is compared with it: as it was where like is
     * compared with like, else scaled to this period's days of data; null when either
     * period has none.
     */
    BigDecimal comparable(BigDecimal before, Coverage current) {
        int days = coverage.coveredDays().size();
        int currentDays = current.coveredDays().size();
        if (days == 0 || currentDays == 0) {
            return null;
        }
        return likeForLike(current) ? before : before.multiply(BigDecimal.valueOf(currentDays))
            .divide(BigDecimal.valueOf(days), before.scale(), RoundingMode.HALF_EVEN);
    }

    /** What the comparison's base is called in a column or a mover's line. */
    String period(Coverage current) {
        String period = wholeMonth() ? month.toString() : Coverage.range(coverage.from(), coverage.through());
        return likeForLike(current) ? period : period + ", per day of data";
    }

    /**
     * The last day of last month like {@code reportDate}: the same day of the month (or
     * the month's end when last month is shorter) for a month to date, the month's end
     * for a month's last day.
     */
    public static LocalDate periodEnd(LocalDate reportDate) {
        YearMonth previous = YearMonth.from(reportDate).minusMonths(1);
        return monthEnd(reportDate) ? previous.atEndOfMonth()
                : previous.atDay(Math.min(reportDate.getDayOfMonth(), previous.lengthOfMonth()));
    }

    public BigDecimal total() {
        return byTeam.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal of(String team) {
        return byTeam.getOrDefault(team, BigDecimal.ZERO);
    }

    /**
     * A cluster's cost over the period: the sum of its namespaces' (its monitoring and
     * idle lines included).
     */
    public BigDecimal ofCluster(String cluster) {
        return byNamespace.entrySet()
            .stream()
            .filter(e -> e.getKey().cluster().equals(cluster))
            .map(Map.Entry::getValue)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The headline against last month, for the whole fleet or a team: what the period
     * was, what its data covered, its cost, and the change, e.g.
     * {@code Last month (2026-09, final, data on every day): 8,123.45 USD · +12.3 %};
     * {@code now} on the same basis as {@code before}.
     */
    String headline(Coverage current, BigDecimal now, BigDecimal before, String currency) {
        String base = label(current) + ", " + coverage.describe() + "): " + money(before) + " " + currency;
        if (coverage.coveredDays().isEmpty()) {
            return base + " · no data to compare with";
        }
        if (current.coveredDays().isEmpty()) {
            return base + " · no data this month yet";
        }
        base += allocationOnly == null ? "" : " " + allocationOnly.describe(month);
        if (likeForLike(current)) {
            String change = change(now, before);
            return change == null ? base : base + " · " + change;
        }
        BigDecimal then = perDay(before, coverage.coveredDays().size());
        BigDecimal perDayNow = perDay(now, current.coveredDays().size());
        String change = change(perDayNow, then);
        return base + " · not like for like, so per day of data: " + money(then) + " then, " + money(perDayNow) + " "
                + currency + " now" + (change == null ? "" : ": " + change);
    }

    /**
     * The change of a team's (or the fleet's) cost, e.g. {@code +3.2 % vs 2026-09}; null
     * when there is no base.
     */
    String shortChange(Coverage current, BigDecimal now, BigDecimal before) {
        if (coverage.coveredDays().isEmpty() || current.coveredDays().isEmpty()) {
            return null;
        }
        String period = wholeMonth() ? month.toString() : Coverage.range(coverage.from(), coverage.through());
        if (before.signum() == 0) {
            return "new since " + period;
        }
        return percent(ratio(current, now, before) * 100) + (likeForLike(current) ? " vs " : " a day vs ") + period;
    }

    /**
     * The change of a team's (or the fleet's, or a cluster's) cost as a fraction
     * ({@code 0.032}: +3.2 %), per day of data where the periods are not like for like
     * ({@link #shortChange}); null without a base.
     */
    Double ratio(Coverage current, BigDecimal now, BigDecimal before) {
        if (coverage.coveredDays().isEmpty() || current.coveredDays().isEmpty() || before.signum() == 0) {
            return null;
        }
        return likeForLike(current) ? fraction(now, before)
                : fraction(perDay(now, current.coveredDays().size()), perDay(before, coverage.coveredDays().size()));
    }

    /** Both periods' data whole, and two whole months or as many days on each side. */
    boolean likeForLike(Coverage current) {
        return coverage.complete() && current.complete()
                && (wholeMonth() && monthEnd(current.through()) || coverage.days().size() == current.days().size());
    }

    /** What the period is, opening a parenthesis its coverage closes. */
    private String label(Coverage current) {
        if (wholeMonth()) {
            return "Last month (" + month + (coverage.complete() ? ", final" : ", month ended, data incomplete");
        }
        String days = Coverage.range(coverage.from(), coverage.through());
        return coverage.through().equals(periodEnd(current.through())) ? "Same days of last month (" + days
                : "Last month as its latest run left it (" + days;
    }

    /** Last month's whole month, which its month-end run alone covers. */
    private boolean wholeMonth() {
        return coverage.from().equals(month.atDay(1)) && coverage.through().equals(month.atEndOfMonth());
    }

    private static boolean monthEnd(LocalDate day) {
        return day.equals(YearMonth.from(day).atEndOfMonth());
    }

    /** The cost a day, unrounded enough for a change in percent; printed to the cent. */
    private static BigDecimal perDay(BigDecimal cost, int days) {
        return cost.divide(BigDecimal.valueOf(days), 12, RoundingMode.HALF_EVEN);
    }

    private static String change(BigDecimal now, BigDecimal before) {
        if (before.signum() == 0) {
            return null;
        }
        return percent(fraction(now, before) * 100);
    }

    /**
     * The change from {@code before} to {@code now} as a fraction of {@code before},
     * which is not zero.
     */
    private static double fraction(BigDecimal now, BigDecimal before) {
        return now.subtract(before).doubleValue() / before.doubleValue();
    }

    /**
     * A change in percent to a tenth, signed, e.g. {@code +3.2 %}; a change that rounds
     * to nothing is {@code +0.0 %}, never {@code -0.0 %}.
     */
    static String percent(double percent) {
        String signed = String.format(Locale.ROOT, "%+.1f %%", percent);
        return signed.equals("-0.0 %") ? "+0.0 %" : signed;
    }

    private static String money(BigDecimal amount) {
        return String.format(Locale.ROOT, "%,.2f", amount);
    }
}
