package io.kubeledger.rightsizing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.kubeledger.config.KubeledgerProperties.Prices;
import io.kubeledger.config.RightsizingProperties.LogTables;

class TablePlanAdvisorTests {

    static final LogTables DEFAULTS = new LogTables(30, BigDecimal.TEN, 30, new BigDecimal("1.00"), null);

    private static final Prices PRICES = new Prices(new BigDecimal("2.30"), new BigDecimal("0.50"),
            new BigDecimal("0.05"), new BigDecimal("0.005"));

    private static final String WORKSPACE = "/subscriptions/s/resourceGroups/rg/providers/"
            + "Microsoft.OperationalInsights/workspaces/log-aks";

    @ParameterizedTest(name = "{0} {1}: {2} GB, {3} queries, {4} GB scanned -> {5}")
    @CsvSource(delimiter = '|', nullValues = "?",
            textBlock = """
                    # table         | plan      | GB in 30 days | queries | GB scanned | recommended | monthly savings | reason contains
                    AKSAudit        | Analytics | 18            | 0       | 0          | Basic       | 32.85           | occasional troubleshooting
                    AKSAudit        | Analytics | 18            | 20      | 200        | Basic       | 31.84           | would cost 1.01 USD a month
                    AKSAudit        | Analytics | 18            | 10      | 7000       | Analytics   | 0.00            | net of query charges
                    ContainerLogV2  | Analytics | 90            | 1200    | 3000       | Analytics   | 0.00            | queried 1,217 times a month
                    Perf            | Analytics | 36            | 0       | 0          | Analytics   | 0.00            | not eligible
                    AKSAuditAdmin   | Analytics | 2.4           | 0       | 0          | Analytics   | 0.00            | too little
                    aksaudit        | analytics | 18            | 0       | 0          | Basic       | 32.85           | occasional troubleshooting
                    AKSAudit        | Analytics | 18            | ?       | ?          | Analytics   | 0.00            | query auditing
                    ContainerLogV2  | Basic     | 90            | 1200    | 42000      | Analytics   | 48.67           | exceed what the Basic plan saves
                    ContainerLogV2  | Basic     | 90            | 600     | 3000       | Basic       | 0.00            | stay below
                    ContainerLogV2  | Basic     | 90            | ?       | ?          | Basic       | 0.00            | query auditing
                    AppTraces_CL    | Auxiliary | 500           | 10      | 50         | Auxiliary   | 0.00            | not assessed
                    """)
    void recommendsThePlanThatCostsLeastForHowTheTableIsUsed(String table, String plan, BigDecimal gb, Long queries,
            BigDecimal scannedGb, String recommendedPlan, BigDecimal savings, String reason) {
        // given
        TableUsage usage = new TableUsage(WORKSPACE, table, plan, gb, gb.multiply(new BigDecimal("2.30")), queries,
                scannedGb);

        // when
        TablePlanRecommendation recommendation = advisor().advise(usage, null);

        // then
        assertThat(recommendation.recommendedPlan()).isEqualToIgnoringCase(recommendedPlan);
        assertThat(recommendation.monthlySavings()).isEqualByComparingTo(savings);
        assertThat(recommendation.reason()).contains(reason);
        assertThat(recommendation.usage().workspace()).isEqualTo("log-aks");
    }

    @Test
    void aSavingTooLargeForTheLakeKeepsThePlan() {
        // given: 30 days of the largest GB a usage row may hold
        BigDecimal gb = new BigDecimal("999999999999999").multiply(BigDecimal.valueOf(30));

        // when
        TablePlanRecommendation recommendation = advisor().advise(new TableUsage(WORKSPACE, "AKSAudit", "Analytics", gb,
                gb.multiply(new BigDecimal("2.30")), 1L, BigDecimal.ONE), null);

        // then
        assertThat(recommendation.recommendedPlan()).isEqualTo("Analytics");
        assertThat(recommendation.monthlySavings()).isZero();
        assertThat(recommendation.reason()).contains("too large");
    }

    @Test
    void theQueryCostIsWhatTheScannedGigabytesCostOnBasicAndUnknownWithoutAuditing() {
        assertThat(advisor()
            .advise(new TableUsage(WORKSPACE, "AKSAudit", "Analytics", BigDecimal.TEN, new BigDecimal("23"), 4L,
                    new BigDecimal("12.5")), null)
            .queryCost()).isEqualByComparingTo("0.0625");
        assertThat(advisor()
            .advise(new TableUsage(WORKSPACE, "AKSAudit", "Analytics", BigDecimal.TEN, new BigDecimal("23"), null,
                    null), null)
            .queryCost()).isNull();
    }

    @Test
    void aWorkspaceBilledBelowThePriceListIsJudgedAtItsBilledPriceAndToldItsTiersCommitment() {
        // given: the 18 GB of AKSAudit that save 32.85 a month at the price list, on a
        // workspace billed at 60 % of it
        TableUsage usage = new TableUsage(WORKSPACE, "AKSAudit", "Analytics", new BigDecimal("18"),
                new BigDecimal("41.40"), 0L, BigDecimal.ZERO);

        // when
        TablePlanRecommendation atList = advisor().advise(usage, null);
        TablePlanRecommendation billed = advisor().advise(usage, new BigDecimal("0.6"));

        // then: a GB on Analytics costs 1.38 there, so the move saves less, and the
        // chargeback of an estimate still
        // changes by the ingestion at the price list
        assertThat(atList.monthlySavings()).isEqualByComparingTo("32.85");
        assertThat(billed.monthlySavings()).isLessThan(atList.monthlySavings()).isPositive();
        assertThat(billed.chargedMonthlyChange()).isEqualByComparingTo(atList.chargedMonthlyChange());
        assertThat(billed.reason()).contains("instead of 1.38 USD",
                "its bill is 60.0 % of its ingestion at the " + "price list",
                "a commitment tier is committed for 31 days");
    }

    @Test
    void theBundledEligibleListHoldsTheAksTablesButNotContainerLogV1() {
        BasicEligibleTables eligible = BasicEligibleTables.load(null);

        assertThat(eligible.contains("ContainerLogV2")).isTrue();
        assertThat(eligible.contains("AKSAudit")).isTrue();
        assertThat(eligible.contains("AKSAuditAdmin")).isTrue();
        assertThat(eligible.contains("AKSControlPlane")).isTrue();
        assertThat(eligible.contains("ContainerLog")).isFalse();
        assertThat(eligible.contains("Perf")).isFalse();
    }

    private static TablePlanAdvisor advisor() {
        return new TablePlanAdvisor(DEFAULTS, PRICES, BasicEligibleTables.load(null), "USD");
    }

}
