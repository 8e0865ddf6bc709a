package io.kubeledger.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kubeledger.report.MonthlyReport.Rightsizing;
import io.kubeledger.rightsizing.ContainerKey;
import io.kubeledger.rightsizing.ContainerRecommendation;
import io.kubeledger.rightsizing.RequestAction;
import io.kubeledger.rightsizing.TablePlanRecommendation;
import io.kubeledger.rightsizing.TableUsage;

/**
 * Savings that will arrive: the gross saving counts only changes that save, what the
 * others cost is apart, and the change to the chargeback counts a table move at what the
 * chargeback carries of it (ingestion, not query charges).
 */
class RightsizingSavingsTests {

    private static ContainerRecommendation container(String name, RequestAction action, String savings) {
        return new ContainerRecommendation(new ContainerKey("aks-1", "payments", "deployment", name, name), "payments",
                14, 1, 0.2, 0.3, 0.5, 1e9, 2e8, 3e8, 5e8, new BigDecimal(savings), action, "", null);
    }

    private static TablePlanRecommendation table(String name, String plan, String recommended, String savings,
            String chargedChange) {
        return new TablePlanRecommendation(
                new TableUsage(
                        "/subscriptions/s/resourcegroups/rg/providers/"
                                + "microsoft.operationalinsights/workspaces/log-1",
                        name, plan, BigDecimal.TEN, BigDecimal.TEN, 0L, BigDecimal.ZERO),
                BigDecimal.ZERO, recommended, new BigDecimal(savings), new BigDecimal(chargedChange), "");
    }

    @Test
    void grossSavingsTheCostOfTheContainersAtRiskAndTheChargebacksChangeAreApart() {
        // given: a downsize saving 10, a resize saving 3 and one costing 2, an upsize
        // costing 5; ContainerLogV2 to
        // Analytics saving 523 of query charges while its ingestion charge rises 763.57,
        // AKSAudit to Basic saving 99.46
        Rightsizing rightsizing = new Rightsizing(
                List.of(container("a", RequestAction.DOWNSIZE, "10.00"), container("b", RequestAction.RESIZE, "3.00"),
                        container("c", RequestAction.RESIZE, "-2.00"), container("d", RequestAction.UPSIZE, "-5.00"),
                        container("e", RequestAction.KEEP, "0.00")),
                List.of(table("ContainerLogV2", "Basic", "Analytics", "523.00", "763.57"),
                        table("AKSAudit", "Analytics", "Basic", "99.46", "-99.46"),
                        table("Heartbeat", "Analytics", "Analytics", "0.00", "0.00")),
                15);

        // then
        assertThat(rightsizing.potentialSavings()).isEqualByComparingTo("635.46");
        assertThat(rightsizing.atRiskCost()).isEqualByComparingTo("7.00");
        assertThat(rightsizing.chargebackChange(TablePlanRecommendation::chargedMonthlyChange))
            .isEqualByComparingTo("658.11");
    }

}
