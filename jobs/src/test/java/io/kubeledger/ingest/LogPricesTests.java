package io.kubeledger.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.kubeledger.config.KubeledgerProperties.Prices;

class LogPricesTests {

    private final LogPrices prices = new LogPrices(new Prices(new BigDecimal("2.30"), new BigDecimal("0.50"),
            new BigDecimal("0.05"), new BigDecimal("0.005")));

    @Test
    void pricesDecimalGigabytesByPlanExactly() {
        assertThat(prices.costOfGb(new BigDecimal("1.234567891"), "Analytics", "Perf", "w"))
            .isEqualByComparingTo("2.8395061493");
        assertThat(prices.costOfBytes(1_500_000_001L, "basic", "ContainerLogV2", "w"))
            .isEqualByComparingTo("0.7500000005");
        assertThat(prices.costOfGb(BigDecimal.TEN, "Auxiliary", "AppTraces_CL", "w")).isEqualByComparingTo("0.5");
    }

    @Test
    void aPlanWithoutAPriceFailsNamingWorkspaceTableAndPlan() {
        assertThatThrownBy(() -> prices.costOfGb(BigDecimal.ONE, "Premium", "Perf", "4f083ce3"))
            .hasMessageContaining("workspace 4f083ce3, table Perf: plan 'Premium' has no price in kubeledger.prices");
    }

}
