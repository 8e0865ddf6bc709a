package io.kubeledger.chargeback;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.kubeledger.ingest.BillBucket;

/**
 * A day's rounding is the same whatever the shards, the threads or the order of the
 * clusters: each reconciled unit is rounded on its own, and ties go to the first line in
 * a total order of the lines' keys.
 */
class DayRoundingTests {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 1);

    private static ChargeLine line(String cluster, String namespace, String team, String cost) {
        return new ChargeLine(DAY, cluster, namespace, team, null, CostKind.WORKLOAD, BillBucket.COMPUTE,
                AllocationMethod.DIRECT, true, null, CostStatus.BILLED, new BigDecimal(cost), 1);
    }

    /** A third of a dollar to each of three teams, and {@code ml} to a fourth. */
    private static List<ChargeLine> cluster(String name, String ml) {
        String third = "0.33333333333333333333";
        return List.of(line(name, "payments", "payments", third), line(name, "search", "search", third),
                line(name, "checkout", "checkout", third), line(name, "ml", "ml", ml));
    }

    @Test
    void twoClustersRoundedTogetherAreEachRoundedAlone() {
        // given: each cluster's total a residue below the lake's scale above 1.1
        List<ChargeLine> both = new ArrayList<>(cluster("aks-1", "0.1000000000004"));
        both.addAll(cluster("aks-2", "0.1000000000004"));

        // when
        List<ChargeLine> together = DayRounding.rounded(both, Set.of());
        List<ChargeLine> apart = new ArrayList<>(DayRounding.rounded(cluster("aks-1", "0.1000000000004"), Set.of()));
        apart.addAll(DayRounding.rounded(cluster("aks-2", "0.1000000000004"), Set.of()));

        // then
        assertThat(together).containsExactlyInAnyOrderElementsOf(apart);
        assertThat(together.stream()
            .filter(line -> line.cluster().equals("aks-1"))
            .map(ChargeLine::cost)
            .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1.100000000000");
    }

    /**
     * A monitoring resource's lines (which may span shards) are reconciled with each
     * cluster's part: two clusters' lines rounded in one run are those rounded in two
     * shards; a Log Analytics workspace's (which a shard holds whole) together.
     */
    @Test
    void aMonitoringResourcesLinesAreRoundedPerClusterAsTwoShardsWouldRoundThem() {
        // given: each cluster's part of Grafana split among its teams, 2 units off the
        // lake's scale in each cluster
        String grafana = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Dashboard/grafana/g";
        List<ChargeLine> both = new ArrayList<>(monitoring("aks-1", grafana));
        both.addAll(monitoring("aks-2", grafana));
        Set<String> perCluster = Set.of(grafana.toLowerCase(Locale.ROOT));

        // when
        List<ChargeLine> oneRun = DayRounding.rounded(both, perCluster);
        List<ChargeLine> shards = new ArrayList<>(DayRounding.rounded(monitoring("aks-1", grafana), perCluster));
        shards.addAll(DayRounding.rounded(monitoring("aks-2", grafana), perCluster));

        // then
        assertThat(oneRun).containsExactlyInAnyOrderElementsOf(shards);
        for (String cluster : List.of("aks-1", "aks-2")) {
            assertThat(oneRun.stream()
                .filter(line -> line.cluster().equals(cluster))
                .map(ChargeLine::cost)
                .reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("1.000000000000");
        }
    }

    /** A cluster's part of 1.000000000000 in three teams' thirds and a residue. */
    private static List<ChargeLine> monitoring(String cluster, String resource) {
        return cluster(cluster, "0.0000000000004").stream()
            .map(line -> new ChargeLine(DAY, cluster, "", line.team(), null, CostKind.MONITORING, null,
                    AllocationMethod.SHARED, true, resource, CostStatus.BILLED, line.cost(), 0))
            .toList();
    }

    @Test
    void theOrderTheLinesArriveInChangesNoValue() {
        // given: in each cluster three equal remainders, one unit to give
        List<ChargeLine> lines = new ArrayList<>(cluster("aks-1", "0.1"));
        lines.addAll(cluster("aks-2", "0.1"));
        List<ChargeLine> expected = DayRounding.rounded(lines, Set.of());
        Random random = new Random(7);

        for (int shuffle = 0; shuffle < 20; shuffle++) {
            // when
            Collections.shuffle(lines, random);

            // then: the extra unit of the thirds always goes to the first team in the
            // lake's order
            assertThat(DayRounding.rounded(lines, Set.of())).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(expected).filteredOn(line -> line.namespace().equals("checkout"))
            .allSatisfy(line -> assertThat(line.cost()).isEqualByComparingTo("0.333333333334"));
    }

}
