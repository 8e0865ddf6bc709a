package io.kubeledger.lake;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class BudgetsTests {

    @Test
    void aCostAboveItsBudgetIsOverBudget() {
        Budgets.Use use = new Budgets.Use(new BigDecimal("4000"), new BigDecimal("4391.82"), null);

        assertThat(use.flag()).isEqualTo("OVER BUDGET");
        assertThat(use.describe("USD")).isEqualTo("4,000.00 USD: 4,391.82 used (109.8 %) · OVER BUDGET");
    }

    @Test
    void aMonthToDateWhoseForecastPassesItsBudgetIsFlaggedBeforeItIsOver() {
        Budgets.Use use = new Budgets.Use(new BigDecimal("4000"), new BigDecimal("2124.38"), new BigDecimal("4390.38"));

        assertThat(use.over()).isFalse();
        assertThat(use.flag()).isEqualTo("FORECAST OVER BUDGET");
        assertThat(use.describe("USD"))
            .isEqualTo("4,000.00 USD: 2,124.38 used (53.1 %), forecast 4,390.38 " + "(109.8 %) · FORECAST OVER BUDGET");
    }

    @Test
    void aCostWithinItsBudgetHasNoFlag() {
        Budgets.Use use = new Budgets.Use(new BigDecimal("4000"), new BigDecimal("4000.00"), new BigDecimal("4000"));

        assertThat(use.flag()).isNull();
        assertThat(use.describe("EUR"))
            .isEqualTo("4,000.00 EUR: 4,000.00 used (100.0 %), forecast 4,000.00 " + "(100.0 %)");
    }

}
