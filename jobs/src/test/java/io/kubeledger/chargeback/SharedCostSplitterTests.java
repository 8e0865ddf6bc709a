package io.kubeledger.chargeback;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.kubeledger.config.SharedCostSplit;
import io.kubeledger.ingest.BillBucket;

class SharedCostSplitterTests {

    @ParameterizedTest(name = "{0}: {2} among [{1}] -> [{3}]")
    @CsvSource(delimiter = '|',
            textBlock = """
                    # split  | owners' workload cost             | shared | parts
                    WEIGHTED | payments=30;search=10             | 10     | payments=7.5;search=2.5
                    EVEN     | payments=30;search=10             | 10     | payments=5;search=5
                    NONE     | payments=30;search=10             | 10     | shared=10
                    WEIGHTED | -                                 | 10     | shared=10
                    EVEN     | -                                 | 10     | shared=10
                    WEIGHTED | payments=30                       | 10     | payments=10
                    EVEN     | payments=30                       | 10     | payments=10
                    WEIGHTED | payments=0;search=0               | 10     | payments=5;search=5
                    WEIGHTED | payments=30;search=0              | 10     | payments=10
                    WEIGHTED | payments=20;unallocated=20        | 1      | payments=0.5;unallocated=0.5
                    WEIGHTED | ml=1;payments=1;search=1          | 1      | ml=0.333333333333333333333333333334;payments=0.333333333333333333333333333333;search=0.333333333333333333333333333333
                    WEIGHTED | payments=2;search=1               | 0.01   | payments=0.006666666666666666666666666667;search=0.003333333333333333333333333333
                    """)
    void splitsASharedCostAmongTheClustersOwners(SharedCostSplit split, String owners, BigDecimal shared,
            String parts) {
        // given
        ChargeLine held = new ChargeLine(LocalDate.of(2026, 10, 1), "aks-1", "kube-system", "shared", null,
                CostKind.WORKLOAD, BillBucket.STORAGE, AllocationMethod.SHARED, true, null, CostStatus.BILLED, shared,
                3);

        // when
        var lines = new SharedCostSplitter(split, TeamAssignment.shared()).split(held, owners(owners));

        // then: each part keeps where it came from, and the parts add up to the shared
        // cost exactly
        assertThat(lines.stream().collect(Collectors.toMap(ChargeLine::team, line -> line.cost().stripTrailingZeros())))
            .isEqualTo(amounts(parts));
        assertThat(lines).allSatisfy(line -> {
            assertThat(line.namespace()).isEqualTo("kube-system");
            assertThat(line.costKind()).isEqualTo(CostKind.WORKLOAD);
            assertThat(line.allocation()).isEqualTo(AllocationMethod.SHARED);
            assertThat(line.sourceRows()).isEqualTo(3);
        });
        assertThat(lines.stream().map(ChargeLine::cost).reduce(BigDecimal.ZERO, BigDecimal::add))
            .isEqualByComparingTo(shared);
    }

    private static SortedMap<TeamAssignment, BigDecimal> owners(String spec) {
        SortedMap<TeamAssignment, BigDecimal> owners = new TreeMap<>(TeamAssignment.ORDER);
        if (!spec.equals("-")) {
            amounts(spec).forEach((team, cost) -> owners.put(team.equals("unallocated") ? TeamAssignment.unallocated()
                    : new TeamAssignment(team, "CC-" + team, AllocationMethod.DIRECT, true), cost));
        }
        return owners;
    }

    private static Map<String, BigDecimal> amounts(String spec) {
        return Arrays.stream(spec.split(";"))
            .map(pair -> pair.split("="))
            .collect(Collectors.toMap(pair -> pair[0], pair -> new BigDecimal(pair[1]).stripTrailingZeros()));
    }

}
