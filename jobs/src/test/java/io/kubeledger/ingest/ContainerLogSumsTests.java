package io.kubeledger.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.kubeledger.config.KubeledgerProperties.Workspace;
import io.kubeledger.ingest.ContainerLogSums.PlanIngestion;
import io.kubeledger.run.DayRange;

class ContainerLogSumsTests {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 7);

    private static final Workspace W1 = new Workspace("w-1", "/subscriptions/s/workspaces/ws-1");

    private static final Workspace W2 = new Workspace("w-2", "/subscriptions/s/workspaces/ws-2");

    @Test
    void aDaysCostsAreSummedPerNamespaceInTheChargebacksOrder() {
        // given: two workspaces' rows, added from two threads at once; payments on aks-b
        // twice that day
        ContainerLogSums sums = new ContainerLogSums();
        List<Priced<ContainerLogIngestion>> w2 = List.of(priced(DAY, "aks-a", "search", 10, "0.1"));
        List<Priced<ContainerLogIngestion>> w1 = List.of(priced(DAY, "aks-b", "payments", 1, "0.000000001"),
                priced(DAY, "aks-a", "search", 5, "0.05"), priced(DAY, "aks-b", "payments", 2, "0.20"),
                priced(DAY.plusDays(1), "aks-b", "payments", 7, "0.7"));

        // when
        IntStream.range(0, 2).parallel().forEach(i -> sums.add(i == 0 ? W1 : W2, i == 0 ? w1 : w2));

        // then: by workspace, cluster and namespace, each with its exact cost and its
        // rows
        assertThat(sums.day(DAY)).containsExactly(
                new ContainerLogCost("w-1", W1.resourceId(), "aks-a", "search", new BigDecimal("0.05"), 1),
                new ContainerLogCost("w-1", W1.resourceId(), "aks-b", "payments", new BigDecimal("0.200000001"), 2),
                new ContainerLogCost("w-2", W2.resourceId(), "aks-a", "search", new BigDecimal("0.1"), 1));
        assertThat(sums.day(DAY.minusDays(1))).isEmpty();
    }

    @Test
    void aWorkspacesIngestionPerPlanIsSummedOverTheDaysAskedFor() {
        // given: three days of one workspace, one of them at another plan
        ContainerLogSums sums = new ContainerLogSums();
        List<Priced<ContainerLogIngestion>> rows = new ArrayList<>(List.of(priced(DAY, "aks-a", "search", 10, "0.1"),
                priced(DAY.plusDays(1), "aks-b", "payments", 20, "0.2"),
                priced(DAY.plusDays(2), "aks-b", "payments", 40, "0.4")));
        rows.add(new Priced<>(new ContainerLogIngestion(DAY.plusDays(1), "aks-a", "batch", 1_000), "Basic",
                new BigDecimal("0.01")));
        sums.add(W1, rows);

        // when: the first two days
        List<PlanIngestion> ingestion = sums.over(new DayRange(DAY, DAY.plusDays(2)));

        // then
        assertThat(ingestion).containsExactly(
                new PlanIngestion(W1.resourceId(), "Analytics", 30, new BigDecimal("0.3")),
                new PlanIngestion(W1.resourceId(), "Basic", 1_000, new BigDecimal("0.01")));
    }

    private static Priced<ContainerLogIngestion> priced(LocalDate day, String cluster, String namespace, long bytes,
            String cost) {
        return new Priced<>(new ContainerLogIngestion(day, cluster, namespace, bytes), "Analytics",
                new BigDecimal(cost));
    }

}
