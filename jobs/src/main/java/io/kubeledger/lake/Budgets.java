package io.kubeledger.lake;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.kubeledger.config.KubeledgerProperties;

/**
 * The month's budgets as the run was configured with them ({@code budget.total} and each
 * team's {@code monthly-budget}), kept in the run's record so that a month's reports are
 * rebuilt with the budgets they had. {@code total} is null without a fleet budget; a team
 * without a budget is not in {@code teams}.
 */
public record Budgets(BigDecimal total, Map<String, BigDecimal> teams) {

    public static final Budgets NONE = new Budgets(null, Map.of());

    public Budgets {
        teams = teams == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(teams));
    }

    public static Budgets of(KubeledgerProperties properties) {
        Map<String, BigDecimal> teams = new TreeMap<>();
        properties.teams()
            .stream()
            .filter(team -> team.monthlyBudget() != null)
            .forEach(team -> teams.put(team.name(), team.monthlyBudget()));
        return new Budgets(properties.budget().total(), teams);
    }

    /** A team's budget, or null. */
    public BigDecimal of(String team) {
        return teams.get(team);
    }

    /**
     * Where a cost and its forecast stand against a budget; {@code forecast} is null once
     * the month has ended.
     */
    public record Use(BigDecimal budget, BigDecimal actual, BigDecimal forecast) {

        public boolean over() {
            return actual.compareTo(budget) > 0;
        }

        public boolean forecastOver() {
            return forecast != null && forecast.compareTo(budget) > 0;
        }

        public double shareUsed() {
            return actual.doubleValue() / budget.doubleValue();
        }

        /**
         * {@code OVER BUDGET}, {@code FORECAST OVER BUDGET}, or null: what a letter's
         * subject is flagged with.
         */
        public String flag() {
            return over() ? "OVER BUDGET" : forecastOver() ? "FORECAST OVER BUDGET" : null;
        }

        /**
         * {@code 5,000.00 USD: 4,391.82 used (87.8 %), forecast 5,120.00 (102.4 %) · FORECAST OVER BUDGET}.
         */
        public String describe(String currency) {
            String forecastPart = forecast == null ? "" : String.format(Locale.ROOT, ", forecast %,.2f (%.1f %%)",
                    forecast, forecast.doubleValue() / budget.doubleValue() * 100);
            String flag = flag();
            return String.format(Locale.ROOT, "%,.2f %s: %,.2f used (%.1f %%)", budget, currency, actual,
                    shareUsed() * 100) + forecastPart + (flag == null ? "" : " · " + flag);
        }
    }
}
