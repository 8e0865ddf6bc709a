package io.kubeledger.chargeback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kubeledger.ingest.BillBucket;

class WorkloadSumsTests {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 7);

    @TempDir
    Path state;

    @Test
    void aDayHoldsEveryClustersSumsInTheChargebacksOrderWhateverTheOrderTheyCameIn() {
        // given: two clusters' sums of two days, each cluster's shuffled, added from two
        // threads at once
        WorkloadSums sums = new WorkloadSums(state.resolve("workload-sums"));
        List<ChargeLine> clusterB = List.of(line(DAY, "aks-b", "payments", "payments", AllocationMethod.DIRECT),
                line(DAY.plusDays(1), "aks-b", "payments", "payments", AllocationMethod.DIRECT));
        List<ChargeLine> clusterA = new ArrayList<>(
                List.of(line(DAY, "aks-a", "search", "search", AllocationMethod.DIRECT),
                        line(DAY, "aks-a", "kube-system", "shared", AllocationMethod.SHARED),
                        line(DAY, "aks-a", "payments", "unallocated", AllocationMethod.UNALLOCATED),
                        line(DAY, "aks-a", "payments", "growth", AllocationMethod.DIRECT)));
        Collections.shuffle(clusterA, new Random(7));

        // when
        IntStream.range(0, 2)
            .parallel()
            .forEach(i -> sums.add(i == 0 ? "aks-a" : "aks-b", i == 0 ? clusterA : clusterB));

        // then: by cluster, namespace and owner; the next day apart
        assertThat(sums.day(DAY)).extracting(ChargeLine::cluster, ChargeLine::namespace, ChargeLine::team)
            .containsExactly(tuple("aks-a", "kube-system", "shared"), tuple("aks-a", "payments", "growth"),
                    tuple("aks-a", "payments", "unallocated"), tuple("aks-a", "search", "search"),
                    tuple("aks-b", "payments", "payments"));
        assertThat(sums.day(DAY.plusDays(1))).hasSize(1);
        assertThat(sums.day(DAY.minusDays(1))).isEmpty();
    }

    @Test
    void releasedSumsAreGoneFromTheIndexAndTheDisk() {
        // given
        WorkloadSums sums = new WorkloadSums(state.resolve("workload-sums"));
        sums.add("aks-a", List.of(line(DAY, "aks-a", "search", "search", AllocationMethod.DIRECT)));

        // when
        sums.release();

        // then
        assertThat(sums.day(DAY)).isEmpty();
        assertThat(state.resolve("workload-sums")).doesNotExist();
    }

    @Test
    void aSumComesBackExactlyAsItWentWhateverItsTexts() {
        // given: a cost beyond a long's digits, a labelled team with a tab and non-ASCII,
        // no cost center
        WorkloadSums sums = new WorkloadSums(state.resolve("workload-sums"));
        ChargeLine odd = new ChargeLine(DAY, "aks-ü", "zahlungsdienst-ü-支付", "team\twith-" + "x".repeat(70_000), null,
                CostKind.WORKLOAD, BillBucket.OTHER, AllocationMethod.DIRECT, false, null, CostStatus.ESTIMATED,
                new BigDecimal("12345678901234567890123456.0016024630814157038123"), 42);
        ChargeLine plain = new ChargeLine(DAY, "aks-ü", "search", "search", "CC-2", CostKind.WORKLOAD,
                BillBucket.NETWORK, AllocationMethod.SHARED, true, null, CostStatus.ESTIMATED, new BigDecimal("0.50"),
                7);

        // when
        sums.add("aks-ü", List.of(odd, plain));

        // then: equal records, the costs' scale included
        assertThat(sums.day(DAY)).containsExactly(plain, odd);
    }

    private static ChargeLine line(LocalDate day, String cluster, String namespace, String team,
            AllocationMethod allocation) {
        return new ChargeLine(day, cluster, namespace, team, null, CostKind.WORKLOAD, BillBucket.COMPUTE, allocation,
                true, null, CostStatus.ESTIMATED, BigDecimal.ONE, 1);
    }

}
