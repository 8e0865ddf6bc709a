package io.kubeledger.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ContextAmountsTests {

    @Test
    void amountsComeBackExactInTheirOrderAndReadableInTheDatabase() {
        // given: an amount a double would round, one BigDecimal writes with an exponent, and a credit, in no sorted order
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        amounts.put("aks-prod-weu", new BigDecimal("4988.549999999999999999"));
        amounts.put("aks-dev-weu", new BigDecimal("1E+3"));
        amounts.put("aks-data-neu", new BigDecimal("-0.000000000001"));

        // when
        LinkedHashMap<String, String> kept = ContextAmounts.of(amounts);

        // then
        assertThat(kept).containsExactly(Map.entry("aks-prod-weu", "4988.549999999999999999"),
                Map.entry("aks-dev-weu", "1000"), Map.entry("aks-data-neu", "-0.000000000001"));
        assertThat(ContextAmounts.from(kept)).containsExactly(
                Map.entry("aks-prod-weu", new BigDecimal("4988.549999999999999999")),
                Map.entry("aks-dev-weu", new BigDecimal("1000")),
                Map.entry("aks-data-neu", new BigDecimal("-0.000000000001")));
        assertThat(ContextAmounts.from(null)).isEmpty();
    }
}
