package io.kubeledger.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import io.kubeledger.config.KubeledgerProperties.Workspace;
import io.kubeledger.ingest.IngestedTables.QuerySum;
import io.kubeledger.ingest.IngestedTables.TableSum;
import io.kubeledger.run.DayRange;

class IngestedTablesTests {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 7);

    private static final Workspace W1 = new Workspace("W-1", "/subscriptions/s/workspaces/ws-1");

    private static final Workspace W2 = new Workspace("w-2", "/subscriptions/s/workspaces/ws-2");

    @Test
    void aDaysMonitoringIsEveryTableButTheContainerLogsExactlyByWorkspace() {
        // given: two workspaces' rows, added from two threads at once
        IngestedTables tables = new IngestedTables();
        List<Priced<TableIngestion>> w1 = List.of(priced(DAY, "Perf", "1.5", "Analytics", "0.000000001"),
                priced(DAY, "ContainerLogV2", "10", "Analytics", "25"), priced(DAY, "KubeEvents", "2", "Basic", "0.2"),
                priced(DAY.plusDays(1), "Perf", "1", "Analytics", "2.3"));
        List<Priced<TableIngestion>> w2 = List.of(priced(DAY, "Perf", "3", "Analytics", "6.9"));

        // when
        IntStream.range(0, 2).parallel().forEach(i -> tables.add(i == 0 ? W1 : W2, i == 0 ? w1 : w2, List.of()));

        // then: each table's row counts once, ContainerLogV2 not at all
        assertThat(tables.monitoring(DAY)).containsExactly(
                new WorkspaceCost("W-1", W1.resourceId(), new BigDecimal("0.200000001"), 2),
                new WorkspaceCost("w-2", W2.resourceId(), new BigDecimal("6.9"), 1));
        assertThat(tables.monitoring(DAY.minusDays(1))).isEmpty();
    }

    @Test
    void aTablesIngestionIsSummedOverTheDaysAskedForPerPlan() {
        // given: three days of Perf, the third at another plan, and ContainerLogV2
        IngestedTables tables = new IngestedTables();
        tables.add(W1,
                List.of(priced(DAY, "Perf", "1", "Analytics", "2.3"),
                        priced(DAY.plusDays(1), "Perf", "2", "Analytics", "4.6"),
                        priced(DAY.plusDays(2), "Perf", "4", "Basic", "2"),
                        priced(DAY, "ContainerLogV2", "10", "Analytics", "23")),
                List.of());

        // when: the first two days, with and without the container logs
        DayRange twoDays = new DayRange(DAY, DAY.plusDays(2));

        // then
        TableSum perf = new TableSum("W-1", W1.resourceId(), "Perf", "Analytics", new BigDecimal("3"),
                new BigDecimal("6.9"));
        assertThat(tables.over(twoDays, false)).containsExactly(perf);
        assertThat(tables.over(twoDays, true)).containsExactly(new TableSum("W-1", W1.resourceId(), "ContainerLogV2",
                "Analytics", new BigDecimal("10"), new BigDecimal("23")), perf);
        assertThat(tables.over(new DayRange(DAY, DAY.plusDays(3)), false)).hasSize(2);
    }

    @Test
    void queriesAreSummedPerTableAndOnlyAWorkspaceThatAuditsHasThem() {
        // given: the first workspace audits its queries, the second has no LAQueryLogs
        // row
        IngestedTables tables = new IngestedTables();
        tables.add(W1, List.of(),
                List.of(new TableQueryCount(DAY, "Perf", 3, new BigDecimal("0.5")),
                        new TableQueryCount(DAY.plusDays(1), "Perf", 2, new BigDecimal("0.25")),
                        new TableQueryCount(DAY.plusDays(9), "Perf", 100, BigDecimal.TEN)));
        tables.add(W2, List.of(priced(DAY, "Perf", "1", "Analytics", "2.3")), List.of());

        // when
        Map<String, Map<String, QuerySum>> queries = tables.queries(new DayRange(DAY, DAY.plusDays(2)));

        // then: by workspace id in lower case, the day outside the range left out
        assertThat(queries).containsOnlyKeys("w-1");
        assertThat(queries.get("w-1")).containsExactly(Map.entry("Perf", new QuerySum(5, new BigDecimal("0.75"))));
    }

    private static Priced<TableIngestion> priced(LocalDate day, String table, String gb, String plan, String cost) {
        return new Priced<>(new TableIngestion(day, table, new BigDecimal(gb)), plan, new BigDecimal(cost));
    }

}
