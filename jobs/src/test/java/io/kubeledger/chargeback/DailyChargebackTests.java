package io.kubeledger.chargeback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.kubeledger.KubeledgerProperties.Cluster;
import io.kubeledger.KubeledgerProperties.Team;
import io.kubeledger.ingest.ContainerLogCost;

class DailyChargebackTests {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 7);
    private static final String W1 = "11111111-1111-1111-1111-111111111111";
    private static final String W2 = "22222222-2222-2222-2222-222222222222";
    private static final List<Cluster> CLUSTERS = List.of(cluster("aks-a", W1), cluster("aks-b", W1),
            cluster("aks-c", W2));
    private static final TeamResolver RESOLVER = new TeamResolver(
            List.of(new Team("payments", "CC-1", null, List.of("payments")),
                    new Team("search", "CC-2", null, List.of("search"))),
            List.of("kube-system", "ingress-nginx"), "team");
    private static final TeamAssignment PAYMENTS = new TeamAssignment("payments", "CC-1", AllocationMethod.DIRECT, true);
    private static final TeamAssignment SEARCH = new TeamAssignment("search", "CC-2", AllocationMethod.DIRECT, true);
    private static final TeamAssignment GROWTH = new TeamAssignment("growth", null, AllocationMethod.DIRECT, false);

    private final DailyChargeback weighted = new DailyChargeback(CLUSTERS, RESOLVER, SharedCostSplit.WEIGHTED);

    @Test
    void containerLogsGoToTheOwnerOfMostOfTheNamespacesWorkloadWhateverTheCaseOfTheClusterId() {
        // given: in aks-a, payments runs 10 of the payments namespace and a pod labelled growth 4
        List<ChargeLine> workload = List.of(workload("aks-a", "payments", PAYMENTS, "10"),
                workload("aks-a", "payments", GROWTH, "4"));
        ContainerLogCost logs = logs(W1, resourceId("aks-a").toLowerCase(), "payments", "2");

        // when
        List<ChargeLine> lines = weighted.charge(DAY, workload, List.of(logs), List.of());

        // then
        assertThat(lines).contains(new ChargeLine(DAY, "aks-a", "payments", "payments", "CC-1",
                CostKind.CONTAINER_LOGS, AllocationMethod.DIRECT, true, workspaceResourceId(W1), new BigDecimal("2"), 1));
    }

    @Test
    void containerLogsOfANamespaceWithoutWorkloadThatDayFollowTheNamespaceRules() {
        // when
        List<ChargeLine> lines = weighted.charge(DAY, List.of(workload("aks-a", "payments", PAYMENTS, "10")),
                List.of(logs(W1, resourceId("aks-a"), "search", "1"), logs(W1, resourceId("aks-a"), "sandbox", "0.5")),
                List.of());

        // then
        assertThat(lines).extracting(ChargeLine::namespace, ChargeLine::team, ChargeLine::allocation)
                .contains(tuple("search", "search", AllocationMethod.DIRECT),
                        tuple("sandbox", "unallocated", AllocationMethod.UNALLOCATED));
    }

    @Test
    void monitoringAndTheLogsOfAnUnconfiguredClusterAreSharedByTheWorkspacesClustersByWorkload() {
        // given: aks-a and aks-b use W1 and run 30 and 10 of workload; aks-legacy is configured nowhere
        List<ChargeLine> workload = List.of(workload("aks-a", "payments", PAYMENTS, "30"),
                workload("aks-b", "search", SEARCH, "10"));
        ContainerLogCost legacy = logs(W1, resourceId("aks-legacy"), "kube-system", "1");
        WorkspaceCost monitoring = new WorkspaceCost(W1, workspaceResourceId(W1), new BigDecimal("3"), 10);

        // when
        List<ChargeLine> lines = weighted.charge(DAY, workload, List.of(legacy), List.of(monitoring));

        // then
        assertThat(lines).filteredOn(line -> line.costKind() == CostKind.MONITORING)
                .extracting(ChargeLine::cluster, ChargeLine::team, ChargeLine::cost, ChargeLine::sourceRows)
                .containsExactlyInAnyOrder(
                        tuple("aks-a", "payments",
                                new BigDecimal("3.000000000000000000000000000000"), 11L),
                        tuple("aks-b", "search",
                                new BigDecimal("1.000000000000000000000000000000"), 11L));
    }

    @Test
    void withNoWorkloadMonitoringIsSplitEvenlyAcrossClustersAndStaysShared() {
        // when
        List<ChargeLine> lines = weighted.charge(DAY, List.of(), List.of(),
                List.of(new WorkspaceCost(W1, workspaceResourceId(W1), new BigDecimal("3"), 1)));

        // then
        assertThat(lines).extracting(ChargeLine::cluster, ChargeLine::team, ChargeLine::namespace, ChargeLine::cost)
                .containsExactlyInAnyOrder(
                        tuple("aks-a", "shared", "", new BigDecimal("1.500000000000000000000000000000")),
                        tuple("aks-b", "shared", "", new BigDecimal("1.500000000000000000000000000000")));
    }

    @ParameterizedTest
    @EnumSource(SharedCostSplit.class)
    void everyAmountThatComesInGoesOutExactlyOnRandomDays(SharedCostSplit split) {
        DailyChargeback chargeback = new DailyChargeback(CLUSTERS, RESOLVER, split);
        for (long seed = 1; seed <= 300; seed++) {
            // given
            Random random = new Random(seed);
            List<ChargeLine> workload = randomWorkload(random);
            List<ContainerLogCost> logs = randomLogs(random);
            List<WorkspaceCost> monitoring = List.of(
                    new WorkspaceCost(W1, workspaceResourceId(W1), amount(random), 1),
                    new WorkspaceCost(W2, workspaceResourceId(W2), amount(random), 1));
            BigDecimal in = sum(workload.stream().map(ChargeLine::cost).toList())
                    .add(sum(logs.stream().map(ContainerLogCost::cost).toList()))
                    .add(sum(monitoring.stream().map(WorkspaceCost::cost).toList()));

            // when
            List<ChargeLine> lines = chargeback.charge(DAY, workload, logs, monitoring);

            // then
            assertThat(sum(lines.stream().map(ChargeLine::cost).toList())).as("seed %d", seed).isEqualByComparingTo(in);
            if (split != SharedCostSplit.NONE) {
                // 'shared' keeps only what a cluster without owners that day cannot pass on
                assertThat(lines).as("seed %d", seed).filteredOn(line -> line.team().equals("shared"))
                        .allSatisfy(line -> assertThat(workload).noneMatch(w -> w.cluster().equals(line.cluster())
                                && w.allocation() != AllocationMethod.SHARED));
            }
        }
    }

    private static List<ChargeLine> randomWorkload(Random random) {
        List<ChargeLine> lines = new ArrayList<>();
        for (Cluster cluster : CLUSTERS) {
            if (random.nextInt(5) == 0) {
                continue; // a cluster with no workload that day
            }
            String[] namespaces = {"payments", "search", "kube-system", "ingress-nginx", "sandbox"};
            for (String namespace : namespaces) {
                if (random.nextBoolean()) {
                    TeamAssignment owner = random.nextInt(6) == 0 ? GROWTH : RESOLVER.resolve(namespace, Map.of());
                    lines.add(workload(cluster.name(), namespace, owner, amount(random).toPlainString()));
                }
            }
        }
        return lines;
    }

    private static List<ContainerLogCost> randomLogs(Random random) {
        List<ContainerLogCost> logs = new ArrayList<>();
        for (String cluster : List.of("aks-a", "aks-b", "aks-c", "aks-legacy")) {
            String workspace = cluster.equals("aks-c") ? W2 : W1;
            for (String namespace : List.of("payments", "search", "kube-system", "sandbox", "")) {
                if (random.nextBoolean()) {
                    logs.add(logs(workspace, resourceId(cluster), namespace, amount(random).toPlainString()));
                }
            }
        }
        return logs;
    }

    /** An amount with up to 17 significant digits, as OpenCost writes them, or a priced ingestion. */
    private static BigDecimal amount(Random random) {
        return new BigDecimal(Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(5) - 1)));
    }

    private static ChargeLine workload(String cluster, String namespace, TeamAssignment owner, String cost) {
        return new ChargeLine(DAY, cluster, namespace, owner.team(), owner.costCenter(), CostKind.WORKLOAD,
                owner.allocation(), owner.registered(), null, new BigDecimal(cost), 1);
    }

    private static ContainerLogCost logs(String workspaceId, String clusterResourceId, String namespace, String cost) {
        return new ContainerLogCost(workspaceId, workspaceResourceId(workspaceId), clusterResourceId, namespace,
                new BigDecimal(cost), 1);
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static Cluster cluster(String name, String workspaceId) {
        return new Cluster(name, resourceId(name), "https://acct.blob.core.windows.net/c/" + name + ".csv", workspaceId,
                workspaceResourceId(workspaceId));
    }

    private static String resourceId(String cluster) {
        return "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/" + cluster;
    }

    private static String workspaceResourceId(String workspaceId) {
        return "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/log-"
                + workspaceId.substring(0, 2);
    }
}
