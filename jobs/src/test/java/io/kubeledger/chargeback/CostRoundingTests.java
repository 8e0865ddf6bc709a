package io.kubeledger.chargeback;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class CostRoundingTests {

    @Test
    void givesTheRemainderToTheLargestFractions() {
        // given: three thirds of 1.00
        List<BigDecimal> thirds = List.of(new BigDecimal("0.333333"), new BigDecimal("0.333334"),
                new BigDecimal("0.333333"));

        // when
        List<BigDecimal> rounded = CostRounding.round(thirds, 2);

        // then
        assertThat(rounded).containsExactly(new BigDecimal("0.33"), new BigDecimal("0.34"), new BigDecimal("0.33"));
    }

    @Test
    void roundedAmountsAlwaysAddUpToTheRoundedTotal() {
        Random random = new Random(1);
        for (int run = 0; run < 200; run++) {
            // given
            List<BigDecimal> exact = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(50); i++) {
                exact.add(new BigDecimal(random.nextDouble() * 100 - 10).setScale(18, RoundingMode.HALF_EVEN));
            }
            BigDecimal total = exact.stream().reduce(BigDecimal.ZERO, BigDecimal::add);

            // when
            List<BigDecimal> rounded = CostRounding.round(exact, 4);

            // then
            assertThat(rounded.stream().reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualTo(total.setScale(4, RoundingMode.HALF_EVEN));
            for (int i = 0; i < exact.size(); i++) {
                assertThat(rounded.get(i).subtract(exact.get(i)).abs()).isLessThan(new BigDecimal("0.0001"));
            }
        }
    }

    @Test
    void leavesAnEmptyDayEmpty() {
        assertThat(CostRounding.round(List.of(), 12)).isEmpty();
    }

}
