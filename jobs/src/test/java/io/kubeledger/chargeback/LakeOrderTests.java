package io.kubeledger.chargeback;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.kubeledger.ingest.BillBucket;

class LakeOrderTests {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 31);

    @Test
    void ordersTheOwnersOfOneNamespaceAsTeamAssignmentDoes() {
        // given: lines of one cluster, namespace and kind, owned by every mix of team,
        // cost center, method and flag
        List<TeamAssignment> owners = new ArrayList<>();
        for (String team : List.of("payments", "checkout")) {
            for (String costCenter : new String[] { null, "CC-2", "CC-1" }) {
                for (AllocationMethod allocation : AllocationMethod.values()) {
                    for (boolean registered : new boolean[] { true, false }) {
                        owners.add(new TeamAssignment(team, costCenter, allocation, registered));
                    }
                }
            }
        }

        // when / then
        for (TeamAssignment a : owners) {
            for (TeamAssignment b : owners) {
                assertThat(Integer.signum(ChargebackTasklet.LAKE_ORDER.compare(line(a, null), line(b, null))))
                    .as("%s against %s", a, b)
                    .isEqualTo(Integer.signum(TeamAssignment.ORDER.compare(a, b)));
            }
        }
    }

    @Test
    void ordersByClusterNamespaceOwnerKindThenWorkspace() {
        // given: lines in the lake's order ("container-logs" comes before "workload" as
        // text, no workspace first)
        TeamAssignment payments = new TeamAssignment("payments", null, AllocationMethod.DIRECT, true);
        List<ChargeLine> ordered = List.of(line("aks-1", "a", payments, CostKind.CONTAINER_LOGS, "/ws/1"),
                line("aks-1", "a", payments, CostKind.WORKLOAD, null),
                line("aks-1", "a", payments, CostKind.WORKLOAD, "/ws/1"),
                line("aks-1", "a", TeamAssignment.shared(), CostKind.CONTAINER_LOGS, "/ws/1"),
                line("aks-1", "b", payments, CostKind.CONTAINER_LOGS, "/ws/1"),
                line("aks-2", "a", payments, CostKind.CONTAINER_LOGS, "/ws/1"));
        List<ChargeLine> shuffled = new ArrayList<>(ordered);
        Collections.reverse(shuffled);

        // when
        shuffled.sort(ChargebackTasklet.LAKE_ORDER);

        // then
        assertThat(shuffled).containsExactlyElementsOf(ordered);
    }

    private static ChargeLine line(TeamAssignment owner, String workspace) {
        return line("aks-1", "shop", owner, CostKind.WORKLOAD, workspace);
    }

    private static ChargeLine line(String cluster, String namespace, TeamAssignment owner, CostKind kind,
            String workspace) {
        return new ChargeLine(DAY, cluster, namespace, owner.team(), owner.costCenter(), kind,
                kind == CostKind.WORKLOAD ? BillBucket.COMPUTE : null, owner.allocation(), owner.registered(),
                workspace, CostStatus.ESTIMATED, BigDecimal.ONE, 1);
    }

}
