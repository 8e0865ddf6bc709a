package io.kubeledger.rightsizing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class CollectionPresetAdvisorTests {

    private static final String WORKSPACE = "/subscriptions/s/resourceGroups/rg-logs/providers/"
            + "Microsoft.OperationalInsights/workspaces/log-aks";

    private final CollectionPresetAdvisor advisor = new CollectionPresetAdvisor(TablePlanAdvisorTests.DEFAULTS);

    @Test
    void theMetricTablesOfAWorkspaceWhoseClustersAllHaveManagedPrometheusAreNotToBeCollected() {
        // given: 36 GB of Perf in 30 days, 82.80 at the price list, billed at 80 %
        TableUsage perf = usage("Perf", "36");

        // when
        TablePlanRecommendation advice = advisor.advise(perf, new BigDecimal("0.8"), List.of("aks-a", "aks-b"))
            .orElseThrow();

        // then: the month's saving at the billed price, the chargeback's change at the
        // price list, and how to choose the preset
        assertThat(advice.recommendedPlan()).isEqualTo(CollectionPresetAdvisor.NOT_COLLECTED);
        assertThat(advice.monthlySavings()).isEqualByComparingTo("67.16");
        assertThat(advice.chargedMonthlyChange()).isEqualByComparingTo("-83.95");
        assertThat(advice.reason()).contains("aks-a, aks-b", "\"Logs and events\"", "Microsoft-KubePodInventory");
        assertThat(ChangeCommands.forTable(advice)).isEmpty();
    }

    @Test
    void noAdviceWhereAClusterOfTheWorkspaceHasNoManagedPrometheusOrForAnotherTable() {
        assertThat(advisor.advise(usage("InsightsMetrics", "36"), null, List.of())).isEmpty();
        assertThat(advisor.advise(usage("ContainerLogV2", "36"), null, List.of("aks-a"))).isEmpty();
        assertThat(advisor.advise(usage("InsightsMetrics", "36"), null, List.of("aks-a"))).isPresent();
    }

    @Test
    void noAdviceWhereTheSavingIsBelowTheThreshold() {
        // given: 0.3 GB in 30 days, 0.71 a month
        assertThat(advisor.advise(usage("Perf", "0.3"), null, List.of("aks-a"))).isEmpty();
    }

    @Test
    void theInventoryOfAWorkspaceWhoseRulesCollectEveryMinuteIsCollectedEveryFiveMinutes() {
        // given: 36 GB of KubePodInventory in 30 days, 82.80 at the price list
        TableUsage inventory = usage("KubePodInventory", "36");

        // when
        TablePlanRecommendation advice = advisor.adviseInterval(inventory, null, List.of("aks-a")).orElseThrow();

        // then: four fifths of it saved
        assertThat(advice.recommendedPlan()).isEqualTo(CollectionPresetAdvisor.EVERY_FIVE_MINUTES);
        assertThat(advice.monthlySavings()).isEqualByComparingTo("67.16");
        assertThat(advice.chargedMonthlyChange()).isEqualByComparingTo("-67.16");
        assertThat(advice.reason()).contains("aks-a collect every minute", "\"Cost-optimized\"");
        assertThat(advisor.adviseInterval(usage("ContainerLogV2", "36"), null, List.of("aks-a"))).isEmpty();
        assertThat(advisor.adviseInterval(inventory, null, List.of())).isEmpty();
    }

    private static TableUsage usage(String table, String gb) {
        return new TableUsage(WORKSPACE, table, "Analytics", new BigDecimal(gb),
                new BigDecimal(gb).multiply(new BigDecimal("2.30")), 3L, BigDecimal.ONE);
    }

}
