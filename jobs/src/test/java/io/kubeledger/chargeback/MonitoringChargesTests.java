package io.kubeledger.chargeback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.kubeledger.config.KubeledgerProperties.Cluster;
import io.kubeledger.config.KubeledgerProperties.MonitorWorkspace;
import io.kubeledger.config.KubeledgerProperties.MonitoringResource;
import io.kubeledger.config.KubeledgerProperties.Team;
import io.kubeledger.config.SharedCostSplit;
import io.kubeledger.ingest.IngestedSamples;
import io.kubeledger.ingest.MonthBill;
import io.kubeledger.ingest.MonthBills;
import io.kubeledger.source.PromQuery;
import io.kubeledger.source.PromSeries;

class MonitoringChargesTests {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 7);

    private static final String AMW = "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.Monitor/accounts/amw";

    private static final String GRAFANA = "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.Dashboard/grafana/g";

    private static final List<Cluster> CLUSTERS = List.of(cluster("aks-a"), cluster("aks-b"), cluster("aks-c"));

    private static final TeamResolver RESOLVER = new TeamResolver(
            List.of(new Team("payments", "CC-1", null, List.of("payments"), null),
                    new Team("search", "CC-2", null, List.of("search"), null)),
            List.of("kube-system"), "team");

    private static final TeamAssignment PAYMENTS = new TeamAssignment("payments", "CC-1", AllocationMethod.DIRECT,
            true);

    private static final TeamAssignment SEARCH = new TeamAssignment("search", "CC-2", AllocationMethod.DIRECT, true);

    /** aks-a and aks-b write to the monitor workspace; aks-c does not. */
    private final Map<String, Map<String, Double>> samples = Map.of("aks-a",
            Map.of("payments", 600.0, "kube-system", 100.0, "", 100.0), "aks-b", Map.of("search", 200.0));

    private final List<String> queries = new ArrayList<>();

    @Test
    void aMonitorWorkspacesBillIsDividedByTheSamplesOfEachClusterAndNamespace() {
        // given: 10.00 billed; aks-a stored 800 samples (payments 600, kube-system 100,
        // no namespace 100), aks-b 200 (search)
        MonthBill bill = billed(AMW, "10.00");

        // when
        List<ChargeLine> lines = chargeback(CLUSTERS, bill).charge(DAY, workload(), List.of(), List.of());

        // then: payments' namespace pays 6, search's 2; kube-system's 1 and the 1 of no
        // namespace are aks-a's shared costs, which payments alone runs workload in
        assertThat(lines).filteredOn(line -> AMW.equals(line.workspaceResourceId()))
            .extracting(ChargeLine::cluster, ChargeLine::namespace, ChargeLine::team, ChargeLine::costKind,
                    ChargeLine::status, line -> line.cost().stripTrailingZeros())
            .containsExactlyInAnyOrder(
                    tuple("aks-a", "payments", "payments", CostKind.METRICS, CostStatus.BILLED, new BigDecimal("6")),
                    tuple("aks-a", "kube-system", "payments", CostKind.METRICS, CostStatus.BILLED, new BigDecimal("1")),
                    tuple("aks-a", "", "payments", CostKind.MONITORING, CostStatus.BILLED, new BigDecimal("1")),
                    tuple("aks-b", "search", "search", CostKind.METRICS, CostStatus.BILLED, new BigDecimal("2")));
        assertThat(queries).containsExactly("aks-a/2026-10-07/samples", "aks-b/2026-10-07/samples");
    }

    @Test
    void aShardChargesItsClustersTheirPartsOfTheWholeFleetsDivision() {
        // given: the shard of aks-b alone
        MonthBill bill = billed(AMW, "10.00");

        // when
        List<ChargeLine> lines = chargeback(List.of(CLUSTERS.get(1)), bill).charge(DAY,
                List.of(workload("aks-b", "search", SEARCH, "5")), List.of(), List.of());

        // then: aks-a's samples are read to divide, and aks-b charged its 2 of 10
        assertThat(lines).filteredOn(line -> AMW.equals(line.workspaceResourceId()))
            .extracting(ChargeLine::cluster, line -> line.cost().stripTrailingZeros())
            .containsExactly(tuple("aks-b", new BigDecimal("2")));
        assertThat(queries).hasSize(2);
    }

    @Test
    void aMonitoringResourceIsDividedEvenlyAmongTheClustersItServes() {
        // given: Grafana serves aks-a and aks-c, billed 1.00
        MonthBill bill = billed(GRAFANA, "1.00");

        // when
        List<ChargeLine> lines = chargeback(CLUSTERS, bill).charge(DAY,
                List.of(workload("aks-a", "payments", PAYMENTS, "3"), workload("aks-c", "search", SEARCH, "1")),
                List.of(), List.of());

        // then: 0.50 each, to the owners of each cluster's workload, as monitoring
        List<ChargeLine> grafana = lines.stream().filter(line -> GRAFANA.equals(line.workspaceResourceId())).toList();
        assertThat(grafana)
            .extracting(ChargeLine::cluster, ChargeLine::team, ChargeLine::costKind,
                    line -> line.cost().stripTrailingZeros())
            .containsExactlyInAnyOrder(tuple("aks-a", "payments", CostKind.MONITORING, new BigDecimal("0.5")),
                    tuple("aks-c", "search", CostKind.MONITORING, new BigDecimal("0.5")));
        assertThat(queries).isEmpty();
    }

    @Test
    void aDayTheBillDoesNotCoverChargesNothingAndAsksNothing() {
        // when
        List<ChargeLine> lines = chargeback(CLUSTERS, new MonthBill()).charge(DAY, workload(), List.of(), List.of());

        // then
        assertThat(lines).noneMatch(line -> line.workspaceResourceId() != null);
        assertThat(queries).isEmpty();
    }

    @Test
    void aMonitoringResourcesCorrectionIsDividedEvenlyAndChargedLikeIdle() {
        // given: a correction of -0.30 of the Grafana
        MonthBill bill = MonthBills.correcting(billed(GRAFANA, "1.00"), DAY.minusMonths(1), Map.of(),
                Map.of(GRAFANA.toLowerCase(Locale.ROOT), new BigDecimal("-0.30")));

        // when
        List<ChargeLine> lines = chargeback(CLUSTERS, bill).corrections(DAY.withDayOfMonth(1),
                MonthOwners.of(List.of(workload())));

        // then
        assertThat(lines)
            .extracting(ChargeLine::cluster, ChargeLine::costKind, line -> line.cost().stripTrailingZeros())
            .containsExactlyInAnyOrder(tuple("aks-a", CostKind.CORRECTION, new BigDecimal("-0.15")),
                    tuple("aks-c", CostKind.CORRECTION, new BigDecimal("-0.15")));
    }

    private DailyChargeback chargeback(List<Cluster> runClusters, MonthBill bill) {
        IngestedSamples ingested = new IngestedSamples(
                (MonitorWorkspace workspace, PromQuery query, Consumer<PromSeries> series) -> {
                    queries.add(query.name());
                    samples.getOrDefault(query.name().split("/")[0], Map.of())
                        .forEach((namespace, count) -> series.accept(new PromSeries(
                                namespace.isEmpty() ? Map.of() : Map.of("namespace", namespace), count)));
                });
        MonitoringCharges.Setup setup = new MonitoringCharges.Setup(CLUSTERS,
                List.of(new MonitorWorkspace("amw", AMW, "https://amw.prometheus.monitor.azure.com")),
                List.of(new MonitoringResource(GRAFANA, List.of("aks-a", "aks-c"))), ingested);
        return new DailyChargeback(runClusters, List.of(), RESOLVER,
                new DailyChargeback.Splits(SharedCostSplit.WEIGHTED, SharedCostSplit.WEIGHTED), bill, setup);
    }

    private static MonthBill billed(String resourceId, String cost) {
        return MonthBills.of(DAY, DAY, Map.of(),
                Map.of(resourceId.toLowerCase(Locale.ROOT), Map.of(DAY, new BigDecimal(cost))));
    }

    private static List<ChargeLine> workload() {
        return List.of(workload("aks-a", "payments", PAYMENTS, "3"), workload("aks-b", "search", SEARCH, "1"));
    }

    private static ChargeLine workload(String cluster, String namespace, TeamAssignment owner, String cost) {
        return new ChargeLine(DAY, cluster, namespace, owner.team(), owner.costCenter(), CostKind.WORKLOAD, null,
                owner.allocation(), owner.registered(), null, CostStatus.ESTIMATED, new BigDecimal(cost), 1);
    }

    private static Cluster cluster(String name) {
        return new Cluster(name,
                "/subscriptions/s1/resourceGroups/rg/providers/Microsoft.ContainerService/" + "managedClusters/" + name,
                "https://acct.blob.core.windows.net/c/" + name + ".csv", null, null,
                name.equals("aks-c") ? null : "amw");
    }

}
