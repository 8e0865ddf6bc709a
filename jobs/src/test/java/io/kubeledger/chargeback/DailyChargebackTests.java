package io.kubeledger.chargeback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.kubeledger.config.KubeledgerProperties.Cluster;
import io.kubeledger.config.KubeledgerProperties.Team;
import io.kubeledger.config.KubeledgerProperties.Workspace;
import io.kubeledger.config.SharedCostSplit;
import io.kubeledger.ingest.BillBucket;
import io.kubeledger.ingest.ContainerLogCost;
import io.kubeledger.ingest.MonthBill;
import io.kubeledger.ingest.MonthBills;
import io.kubeledger.ingest.WorkspaceCost;

class DailyChargebackTests {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 7);

    private static final String W1 = "11111111-1111-1111-1111-111111111111";

    private static final String W2 = "22222222-2222-2222-2222-222222222222";

    private static final List<Cluster> CLUSTERS = List.of(cluster("aks-a", W1), cluster("aks-b", W1),
            cluster("aks-c", W2));

    private static final TeamResolver RESOLVER = new TeamResolver(
            List.of(new Team("payments", "CC-1", null, List.of("payments"), null),
                    new Team("search", "CC-2", null, List.of("search"), null)),
            List.of("kube-system", "ingress-nginx"), "team");

    private static final TeamAssignment PAYMENTS = new TeamAssignment("payments", "CC-1", AllocationMethod.DIRECT,
            true);

    private static final TeamAssignment SEARCH = new TeamAssignment("search", "CC-2", AllocationMethod.DIRECT, true);

    private static final TeamAssignment GROWTH = new TeamAssignment("growth", null, AllocationMethod.DIRECT, false);

    private final DailyChargeback weighted = chargeback(SharedCostSplit.WEIGHTED);

    @Test
    void containerLogsGoToTheOwnerOfMostOfTheNamespacesWorkloadWhateverTheCaseOfTheClusterId() {
        // given: in aks-a, payments runs 10 of the payments namespace and a pod labelled
        // growth 4
        List<ChargeLine> workload = List.of(workload("aks-a", "payments", PAYMENTS, "10"),
                workload("aks-a", "payments", GROWTH, "4"));
        ContainerLogCost logs = logs(W1, resourceId("aks-a").toLowerCase(), "payments", "2");

        // when
        List<ChargeLine> lines = weighted.charge(DAY, workload, List.of(logs), List.of());

        // then
        assertThat(lines).contains(new ChargeLine(DAY, "aks-a", "payments", "payments", "CC-1", CostKind.CONTAINER_LOGS,
                null, AllocationMethod.DIRECT, true, workspaceResourceId(W1), CostStatus.ESTIMATED, new BigDecimal("2"),
                1));
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
        // given: aks-a and aks-b use W1 and run 30 and 10 of workload; aks-legacy is
        // configured nowhere
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
                    tuple("aks-a", "payments", new BigDecimal("3.000000000000000000000000000000"), 11L),
                    tuple("aks-b", "search", new BigDecimal("1.000000000000000000000000000000"), 11L));
    }

    @Test
    void withNoWorkloadMonitoringIsSplitEvenlyAcrossClustersAndStaysShared() {
        // when
        List<ChargeLine> lines = weighted.charge(DAY, List.of(), List.of(),
                List.of(new WorkspaceCost(W1, workspaceResourceId(W1), new BigDecimal("3"), 1)));

        // then
        assertThat(lines).extracting(ChargeLine::cluster, ChargeLine::team, ChargeLine::namespace, ChargeLine::cost)
            .containsExactlyInAnyOrder(tuple("aks-a", "shared", "", new BigDecimal("1.500000000000000000000000000000")),
                    tuple("aks-b", "shared", "", new BigDecimal("1.500000000000000000000000000000")));
    }

    @ParameterizedTest
    @EnumSource(SharedCostSplit.class)
    void everyAmountThatComesInGoesOutExactlyOnRandomDays(SharedCostSplit split) {
        DailyChargeback chargeback = chargeback(split);
        for (long seed = 1; seed <= 300; seed++) {
            // given
            Random random = new Random(seed);
            List<ChargeLine> workload = randomWorkload(random);
            List<ContainerLogCost> logs = randomLogs(random);
            List<WorkspaceCost> monitoring = List.of(new WorkspaceCost(W1, workspaceResourceId(W1), amount(random), 1),
                    new WorkspaceCost(W2, workspaceResourceId(W2), amount(random), 1));
            BigDecimal in = sum(workload.stream().map(ChargeLine::cost).toList())
                .add(sum(logs.stream().map(ContainerLogCost::cost).toList()))
                .add(sum(monitoring.stream().map(WorkspaceCost::cost).toList()));

            // when
            List<ChargeLine> lines = chargeback.charge(DAY, workload, logs, monitoring);

            // then
            assertThat(sum(lines.stream().map(ChargeLine::cost).toList())).as("seed %d", seed).isEqualByComparingTo(in);
            if (split != SharedCostSplit.NONE) {
                // 'shared' keeps only what a cluster without owners that day cannot pass
                // on
                assertThat(lines).as("seed %d", seed)
                    .filteredOn(line -> line.team().equals("shared"))
                    .allSatisfy(line -> assertThat(workload).noneMatch(
                            w -> w.cluster().equals(line.cluster()) && w.allocation() != AllocationMethod.SHARED));
            }
        }
    }

    @Test
    void aBilledClusterDayIsChargedItsIdleCostPerBucketSharedByWorkload() {
        // given: aks-a runs payments 30 (compute) and 2 (storage), search 10 (compute),
        // and kube-system 4 (compute);
        // its bill: compute 64, storage 2, network 1, the cluster fee 0.5. aks-b and
        // aks-c are not billed.
        List<ChargeLine> workload = List.of(workload("aks-a", "payments", PAYMENTS, "30"),
                workload("aks-a", "payments", PAYMENTS, BillBucket.STORAGE, "2"),
                workload("aks-a", "search", SEARCH, "10"),
                workload("aks-a", "kube-system", TeamAssignment.shared(), "4"),
                workload("aks-c", "search", SEARCH, "7"));
        MonthBill bill = MonthBills.of(DAY, DAY,
                Map.of("aks-a", Map.of(DAY,
                        Map.of(BillBucket.COMPUTE, new BigDecimal("64"), BillBucket.STORAGE, new BigDecimal("2"),
                                BillBucket.NETWORK, BigDecimal.ONE, BillBucket.CLUSTER_FEE, new BigDecimal("0.5")))),
                Map.of());

        // when
        List<ChargeLine> lines = chargeback(SharedCostSplit.WEIGHTED, bill).charge(DAY, workload, List.of(), List.of());

        // then: each bucket's workload and idle add up to its bill; idle (compute 20,
        // network 1, fee 0.5) is shared
        // 32 : 10 by payments and search; aks-c stays an estimate without idle
        assertThat(sumByBucket(lines, "aks-a")).containsExactlyInAnyOrderEntriesOf(
                Map.of(BillBucket.COMPUTE, new BigDecimal("64"), BillBucket.STORAGE, new BigDecimal("2"),
                        BillBucket.NETWORK, BigDecimal.ONE, BillBucket.CLUSTER_FEE, new BigDecimal("0.5")));
        assertThat(idleByTeam(lines))
            .containsExactlyInAnyOrderEntriesOf(Map.of("payments", new BigDecimal("16.380952380952380952380952380952"),
                    "search", new BigDecimal("5.119047619047619047619047619048")));
        assertThat(lines).filteredOn(line -> line.cluster().equals("aks-a"))
            .extracting(ChargeLine::status)
            .containsOnly(CostStatus.BILLED);
        assertThat(lines).filteredOn(line -> line.cluster().equals("aks-c"))
            .extracting(ChargeLine::costKind, ChargeLine::status)
            .containsExactly(tuple(CostKind.WORKLOAD, CostStatus.ESTIMATED));
    }

    @Test
    void theBillsCorrectionsOfEarlierPeriodsGoToTheClustersOwnersOfTheMonthAndAWorkspacesToItsClustersByWorkload() {
        // given: over the month, aks-a ran payments 40 and search 10 (and kube-system 4,
        // shared), aks-b search 18;
        // the bill refunds aks-a's compute 50 of September, and W1's workspace 6
        LocalDate september = LocalDate.of(2026, 9, 20);
        MonthOwners month = MonthOwners.of(List.of(
                List.of(workload("aks-a", "payments", PAYMENTS, "30"), workload("aks-a", "search", SEARCH, "10"),
                        workload("aks-a", "kube-system", TeamAssignment.shared(), "4")),
                List.of(workload("aks-a", "payments", PAYMENTS, "10"), workload("aks-b", "search", SEARCH, "18"))));
        MonthBill bill = MonthBills.correcting(new MonthBill(), september,
                Map.of("aks-a", Map.of(BillBucket.COMPUTE, new BigDecimal("-50"))),
                Map.of(workspaceResourceId(W1).toLowerCase(), new BigDecimal("-6")));

        // when
        List<ChargeLine> lines = chargeback(SharedCostSplit.WEIGHTED, bill).corrections(DAY, month);

        // then: the compute refund 40 : 10 to payments and search; the workspace's 54 :
        // 18 to aks-a and aks-b, then
        // aks-a's part 40 : 10 to its teams; billed corrections of the booking day
        assertThat(lines).extracting(ChargeLine::cluster, ChargeLine::team, ChargeLine::bucket,
                line -> line.workspaceResourceId() != null, line -> line.cost().stripTrailingZeros().toPlainString())
            .containsExactlyInAnyOrder(tuple("aks-a", "payments", BillBucket.COMPUTE, false, "-40"),
                    tuple("aks-a", "search", BillBucket.COMPUTE, false, "-10"),
                    tuple("aks-a", "payments", null, true, "-3.6"), tuple("aks-a", "search", null, true, "-0.9"),
                    tuple("aks-b", "search", null, true, "-1.5"));
        assertThat(lines).extracting(ChargeLine::day, ChargeLine::costKind, ChargeLine::status, ChargeLine::allocation)
            .containsOnly(tuple(DAY, CostKind.CORRECTION, CostStatus.BILLED, AllocationMethod.SHARED));
    }

    @Test
    void aCorrectionOfAClusterWithoutWorkloadInTheMonthStaysOnTeamIdle() {
        MonthBill bill = MonthBills.correcting(new MonthBill(), LocalDate.of(2026, 9, 20),
                Map.of("aks-c", Map.of(BillBucket.STORAGE, new BigDecimal("-2"))), Map.of());

        List<ChargeLine> lines = chargeback(SharedCostSplit.WEIGHTED, bill).corrections(DAY, MonthOwners.of(List.of()));

        assertThat(lines).extracting(ChargeLine::team, ChargeLine::cost)
            .containsExactly(tuple(TeamAssignment.IDLE_TEAM, new BigDecimal("-2")));
    }

    @Test
    void aBillBelowOpenCostsEstimateIsANegativeIdleCost() {
        // given: a reservation makes aks-a's compute 6 where OpenCost priced 10
        MonthBill bill = MonthBills.of(DAY, DAY,
                Map.of("aks-a", Map.of(DAY, Map.of(BillBucket.COMPUTE, new BigDecimal("6")))), Map.of());

        // when
        List<ChargeLine> lines = chargeback(SharedCostSplit.WEIGHTED, bill).charge(DAY,
                List.of(workload("aks-a", "payments", PAYMENTS, "10")), List.of(), List.of());

        // then
        assertThat(lines).filteredOn(line -> line.costKind() == CostKind.IDLE)
            .extracting(ChargeLine::team, ChargeLine::bucket, line -> line.cost().stripTrailingZeros())
            .containsExactly(tuple("payments", BillBucket.COMPUTE, new BigDecimal("-4")));
    }

    @Test
    void aDayTheRunCoversWithoutARowOfTheClusterIsBilledNothing() {
        // given: the run has rows of aks-a, but none of this day (the resources were
        // deleted, or the day's usage is late)
        MonthBill bill = MonthBills.of(DAY, DAY.plusDays(1),
                Map.of("aks-a", Map.of(DAY.plusDays(1), Map.of(BillBucket.COMPUTE, BigDecimal.ONE))), Map.of());

        // when
        List<ChargeLine> lines = chargeback(SharedCostSplit.WEIGHTED, bill).charge(DAY,
                List.of(workload("aks-a", "payments", PAYMENTS, "10")), List.of(), List.of());

        // then: the day adds up to its bill, nothing, until a later run of the export has
        // its rows
        assertThat(sumByBucket(lines, "aks-a")).isEmpty();
        assertThat(lines).extracting(ChargeLine::status).containsOnly(CostStatus.BILLED);
    }

    @ParameterizedTest
    @EnumSource(SharedCostSplit.class)
    void aBilledDayWithoutOpenCostRowsIsAllIdleOnTeamIdle(SharedCostSplit split) {
        // given: the exporter of aks-b was down; the bill still charged it
        MonthBill bill = MonthBills.of(DAY, DAY,
                Map.of("aks-b", Map.of(DAY,
                        Map.of(BillBucket.COMPUTE, new BigDecimal("12.5"), BillBucket.STORAGE, new BigDecimal("1")))),
                Map.of());

        // when
        List<ChargeLine> lines = chargeback(split, bill).charge(DAY,
                List.of(workload("aks-a", "payments", PAYMENTS, "10")), List.of(), List.of());

        // then
        assertThat(lines).filteredOn(line -> line.cluster().equals("aks-b"))
            .extracting(ChargeLine::team, ChargeLine::costKind, ChargeLine::bucket, ChargeLine::cost)
            .containsExactlyInAnyOrder(tuple("idle", CostKind.IDLE, BillBucket.COMPUTE, new BigDecimal("12.5")),
                    tuple("idle", CostKind.IDLE, BillBucket.STORAGE, new BigDecimal("1")));
    }

    @Test
    void withIdleSplitNoneTheIdleCostStaysOnTeamIdle() {
        MonthBill bill = MonthBills.of(DAY, DAY,
                Map.of("aks-a", Map.of(DAY, Map.of(BillBucket.COMPUTE, new BigDecimal("15")))), Map.of());
        DailyChargeback chargeback = new DailyChargeback(CLUSTERS, workspaces(), RESOLVER,
                new DailyChargeback.Splits(SharedCostSplit.WEIGHTED, SharedCostSplit.NONE), bill,
                MonitoringCharges.Setup.NONE);

        // when
        List<ChargeLine> lines = chargeback.charge(DAY, List.of(workload("aks-a", "payments", PAYMENTS, "10")),
                List.of(), List.of());

        // then
        assertThat(idleByTeam(lines)).containsExactly(Map.entry("idle", new BigDecimal("5")));
    }

    @Test
    void aBilledWorkspacesLogCostsAreScaledToItsBillInProportion() {
        // given: W1 priced 2 of payments' container logs and 6 of monitoring; its bill
        // says 6 (a commitment tier)
        MonthBill bill = MonthBills.of(DAY, DAY, Map.of(),
                Map.of(workspaceResourceId(W1).toLowerCase(), Map.of(DAY, new BigDecimal("6"))));
        List<ChargeLine> workload = List.of(workload("aks-a", "payments", PAYMENTS, "10"));

        // when
        List<ChargeLine> lines = chargeback(SharedCostSplit.WEIGHTED, bill).charge(DAY, workload,
                List.of(logs(W1, resourceId("aks-a"), "payments", "2"), logs(W2, resourceId("aks-c"), "search", "1")),
                List.of(new WorkspaceCost(W1, workspaceResourceId(W1), new BigDecimal("6"), 3)));

        // then: (aks-b, which also sends to W1, had no workload and is left a part of
        // zero)
        assertThat(lines).filteredOn(line -> line.workspaceResourceId() != null && line.cost().signum() != 0)
            .extracting(ChargeLine::costKind, ChargeLine::status, line -> line.cost().stripTrailingZeros())
            .containsExactlyInAnyOrder(tuple(CostKind.CONTAINER_LOGS, CostStatus.BILLED, new BigDecimal("1.5")),
                    tuple(CostKind.MONITORING, CostStatus.BILLED, new BigDecimal("4.5")),
                    tuple(CostKind.CONTAINER_LOGS, CostStatus.ESTIMATED, BigDecimal.ONE));
    }

    @Test
    void aBilledWorkspacesLogLinesCarryTheirPriceListAmountOnWhichMonthsOfEitherBasisCompare() {
        // given: as above, W1 priced 2 + 6 and billed 6; W2 priced 1 and not billed
        MonthBill bill = MonthBills.of(DAY, DAY, Map.of(),
                Map.of(workspaceResourceId(W1).toLowerCase(), Map.of(DAY, new BigDecimal("6"))));
        List<ChargeLine> workload = List.of(workload("aks-a", "payments", PAYMENTS, "10"));
        List<ContainerLogCost> logs = List.of(logs(W1, resourceId("aks-a"), "payments", "2"),
                logs(W2, resourceId("aks-c"), "search", "1"));
        List<WorkspaceCost> monitoring = List
            .of(new WorkspaceCost(W1, workspaceResourceId(W1), new BigDecimal("6"), 3));

        // when
        List<ChargeLine> lines = chargeback(SharedCostSplit.WEIGHTED, bill).charge(DAY, workload, logs, monitoring);
        PriceListCosts list = PriceListCosts.of(DAY, logs, monitoring, bill);

        // then: each kind at the price list, W1's lines scaled back to their priced
        // ingestion, workload as charged
        Map<CostKind, BigDecimal> atPriceList = new TreeMap<>();
        lines.forEach(line -> atPriceList.merge(line.costKind(), list.of(line), BigDecimal::add));
        assertThat(atPriceList)
            .hasEntrySatisfying(CostKind.CONTAINER_LOGS, cost -> assertThat(cost).isEqualByComparingTo("3"))
            .hasEntrySatisfying(CostKind.MONITORING, cost -> assertThat(cost).isEqualByComparingTo("6"))
            .hasEntrySatisfying(CostKind.WORKLOAD, cost -> assertThat(cost).isEqualByComparingTo("10"));
    }

    @Test
    void aWorkspaceBilledWithoutPricedIngestionIsChargedItsBillAsMonitoring() {
        MonthBill bill = MonthBills.of(DAY, DAY, Map.of(),
                Map.of(workspaceResourceId(W2).toLowerCase(), Map.of(DAY, new BigDecimal("0.7"))));

        // when
        List<ChargeLine> lines = chargeback(SharedCostSplit.WEIGHTED, bill).charge(DAY,
                List.of(workload("aks-c", "search", SEARCH, "1")), List.of(), List.of());

        // then
        assertThat(lines).filteredOn(line -> line.costKind() == CostKind.MONITORING)
            .extracting(ChargeLine::team, ChargeLine::status, line -> line.cost().stripTrailingZeros())
            .containsExactly(tuple("search", CostStatus.BILLED, new BigDecimal("0.7")));
    }

    @ParameterizedTest
    @EnumSource(SharedCostSplit.class)
    void everyBilledClusterDayAndWorkspaceAddsUpToItsBillExactlyOnRandomDays(SharedCostSplit split) {
        for (long seed = 1; seed <= 300; seed++) {
            // given: random workload in random buckets, and a bill of random clusters and
            // workspaces
            Random random = new Random(seed);
            List<ChargeLine> workload = randomWorkload(random);
            List<ContainerLogCost> logs = randomLogs(random);
            List<WorkspaceCost> monitoring = List.of(new WorkspaceCost(W1, workspaceResourceId(W1), amount(random), 1));
            Map<String, Map<LocalDate, Map<BillBucket, BigDecimal>>> clusterBills = new HashMap<>();
            for (Cluster cluster : CLUSTERS) {
                if (random.nextBoolean()) {
                    Map<BillBucket, BigDecimal> buckets = new EnumMap<>(BillBucket.class);
                    for (BillBucket bucket : BillBucket.values()) {
                        if (random.nextBoolean()) {
                            buckets.put(bucket, amount(random).subtract(BigDecimal.valueOf(random.nextInt(3))));
                        }
                    }
                    // now and then the run has rows of the cluster on another day only:
                    // this day is billed nothing
                    clusterBills.put(cluster.name(), Map.of(random.nextInt(4) == 0 ? DAY.plusDays(1) : DAY, buckets));
                }
            }
            Map<String, Map<LocalDate, BigDecimal>> workspaceBills = new HashMap<>();
            for (String workspace : List.of(W1, W2)) {
                if (random.nextBoolean()) {
                    workspaceBills.put(workspaceResourceId(workspace).toLowerCase(), Map.of(DAY, amount(random)));
                }
            }
            MonthBill bill = MonthBills.of(DAY, DAY.plusDays(1), clusterBills, workspaceBills);

            // when
            List<ChargeLine> lines = chargeback(split, bill).charge(DAY, workload, logs, monitoring);

            // then
            String as = "seed " + seed;
            clusterBills.forEach((cluster, days) -> assertThat(sumByBucket(lines, cluster)).as(as)
                .containsExactlyInAnyOrderEntriesOf(withoutZeros(days.getOrDefault(DAY, Map.of()))));
            workspaceBills.forEach((workspace,
                    days) -> assertThat(sum(lines.stream()
                        .filter(line -> workspace.equalsIgnoreCase(line.workspaceResourceId()))
                        .map(ChargeLine::cost)
                        .toList())).as(as).isEqualByComparingTo(days.get(DAY)));
            assertThat(lines).as(as)
                .allSatisfy(line -> assertThat(line.status() == CostStatus.BILLED)
                    .isEqualTo(line.bucket() != null ? clusterBills.containsKey(line.cluster())
                            : workspaceBills.containsKey(line.workspaceResourceId().toLowerCase())));
        }
    }

    /**
     * A cluster's workload and idle lines summed by bucket, without zeros and trailing
     * zeros.
     */
    private static Map<BillBucket, BigDecimal> sumByBucket(List<ChargeLine> lines, String cluster) {
        Map<BillBucket, BigDecimal> sums = new EnumMap<>(BillBucket.class);
        lines.stream()
            .filter(line -> line.cluster().equals(cluster) && line.bucket() != null)
            .forEach(line -> sums.merge(line.bucket(), line.cost(), BigDecimal::add));
        return withoutZeros(sums);
    }

    private static Map<BillBucket, BigDecimal> withoutZeros(Map<BillBucket, BigDecimal> amounts) {
        Map<BillBucket, BigDecimal> plain = new EnumMap<>(BillBucket.class);
        amounts.forEach((bucket, cost) -> {
            if (cost.signum() != 0) {
                plain.put(bucket, cost.stripTrailingZeros());
            }
        });
        return plain;
    }

    private static Map<String, BigDecimal> idleByTeam(List<ChargeLine> lines) {
        Map<String, BigDecimal> sums = new HashMap<>();
        lines.stream()
            .filter(line -> line.costKind() == CostKind.IDLE)
            .forEach(line -> sums.merge(line.team(), line.cost(), BigDecimal::add));
        sums.replaceAll((team, cost) -> cost.stripTrailingZeros());
        return sums;
    }

    private static List<ChargeLine> randomWorkload(Random random) {
        List<ChargeLine> lines = new ArrayList<>();
        for (Cluster cluster : CLUSTERS) {
            if (random.nextInt(5) == 0) {
                continue; // a cluster with no workload that day
            }
            String[] namespaces = { "payments", "search", "kube-system", "ingress-nginx", "sandbox" };
            for (String namespace : namespaces) {
                if (random.nextBoolean()) {
                    TeamAssignment owner = random.nextInt(6) == 0 ? GROWTH : RESOLVER.resolve(namespace, Map.of());
                    BillBucket bucket = BillBucket.values()[random.nextInt(4)];
                    lines.add(workload(cluster.name(), namespace, owner, bucket, amount(random).toPlainString()));
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

    /**
     * An amount with up to 17 significant digits, as OpenCost writes them, or a priced
     * ingestion.
     */
    private static BigDecimal amount(Random random) {
        return new BigDecimal(Double.toString(random.nextDouble() * Math.pow(10, random.nextInt(5) - 1)));
    }

    private static ChargeLine workload(String cluster, String namespace, TeamAssignment owner, String cost) {
        return workload(cluster, namespace, owner, BillBucket.COMPUTE, cost);
    }

    private static ChargeLine workload(String cluster, String namespace, TeamAssignment owner, BillBucket bucket,
            String cost) {
        return new ChargeLine(DAY, cluster, namespace, owner.team(), owner.costCenter(), CostKind.WORKLOAD, bucket,
                owner.allocation(), owner.registered(), null, CostStatus.ESTIMATED, new BigDecimal(cost), 1);
    }

    /** Without a bill: every line an estimate, no idle. */
    private static DailyChargeback chargeback(SharedCostSplit split) {
        return chargeback(split, new MonthBill());
    }

    private static DailyChargeback chargeback(SharedCostSplit split, MonthBill bill) {
        return new DailyChargeback(CLUSTERS, workspaces(), RESOLVER, new DailyChargeback.Splits(split, split), bill,
                MonitoringCharges.Setup.NONE);
    }

    private static List<Workspace> workspaces() {
        return List.of(new Workspace(W1, workspaceResourceId(W1)), new Workspace(W2, workspaceResourceId(W2)));
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
                workspaceResourceId(workspaceId), null);
    }

    private static String resourceId(String cluster) {
        return "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/" + cluster;
    }

    private static String workspaceResourceId(String workspaceId) {
        return "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/log-"
                + workspaceId.substring(0, 2);
    }

}
