package io.kubeledger.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kubeledger.RunWindow;
import io.kubeledger.source.LogQuery;
import io.kubeledger.source.LogQueryFailedException;
import io.kubeledger.source.LogsTable;
import io.kubeledger.source.LogsTable.Column;

class LogResultReaderTests {

    private static final String WORKSPACE = "4f083ce3-f12b-bb4b-46ee-9d82b52c856d";
    private static final String SOURCE = "logs/" + WORKSPACE + "/container-logs.json";
    private static final List<Column> COLUMNS = List.of(new Column("Day", "datetime"),
            new Column("ClusterResourceId", "string"), new Column("Namespace", "string"),
            new Column("BillableBytes", "long"), new Column("Computer", "string"));

    @TempDir
    Path out;

    @Test
    void keepsTheWindowsRowsIgnoresExtraColumnsAndQuarantinesNullsAndBadCells() throws IOException {
        // given: a run for 2026-11-02; the answer also holds 31 October and 3 November
        LogsTable table = new LogsTable(COLUMNS, List.of(
                row("2026-10-31T00:00:00Z", "/subscriptions/s/x", "payments", "100", "node-1"),
                row("2026-11-01T00:00:00Z", "/subscriptions/s/x", "payments", "1500000000", "node-1"),
                row("2026-11-02T00:00:00Z", "/subscriptions/s/x", "search", "2.5e3", null),
                row("2026-11-02T00:00:00Z", "/subscriptions/s/x", null, "7", "node-1"),
                row("yesterday", "/subscriptions/s/x", "payments", "7", "node-1"),
                row("2026-11-02T00:00:00Z", "/subscriptions/s/x", "payments", "7.5", "node-1"),
                row("2026-11-02T00:00:00Z", "/subscriptions/s/x", "payments", "-7", "node-1"),
                row("2026-11-03T00:00:00Z", "/subscriptions/s/x", "payments", "100", "node-1")));
        Path quarantineFile = out.resolve("log-analytics.jsonl");

        // when
        List<ContainerLogIngestion> rows;
        try (QuarantineWriter quarantine = new QuarantineWriter(quarantineFile)) {
            rows = new LogResultReader(new RunWindow(LocalDate.of(2026, 11, 2)).monthToDate(), quarantine).read(table, WORKSPACE,
                    LogQuery.CONTAINER_LOGS, SOURCE, ContainerLogIngestion.CONTRACT, ContainerLogIngestion::from,
                    ContainerLogIngestion::day);
        }

        // then
        assertThat(rows).containsExactly(
                new ContainerLogIngestion(LocalDate.of(2026, 11, 1), "/subscriptions/s/x", "payments", 1_500_000_000L),
                new ContainerLogIngestion(LocalDate.of(2026, 11, 2), "/subscriptions/s/x", "search", 2500L));
        assertThat(Files.readAllLines(quarantineFile)).containsExactly(
                "{\"file\":\"" + SOURCE + "\",\"line\":4,\"reason\":\"Namespace is null\","
                        + "\"row\":\"[\\\"2026-11-02T00:00:00Z\\\",\\\"/subscriptions/s/x\\\",null,\\\"7\\\",\\\"node-1\\\"]\"}",
                "{\"file\":\"" + SOURCE + "\",\"line\":5,\"reason\":\"Day is not a datetime: 'yesterday'\","
                        + "\"row\":\"[\\\"yesterday\\\",\\\"/subscriptions/s/x\\\",\\\"payments\\\",\\\"7\\\",\\\"node-1\\\"]\"}",
                "{\"file\":\"" + SOURCE + "\",\"line\":6,\"reason\":\"BillableBytes is not a whole number: 7.5\","
                        + "\"row\":\"[\\\"2026-11-02T00:00:00Z\\\",\\\"/subscriptions/s/x\\\",\\\"payments\\\",\\\"7.5\\\",\\\"node-1\\\"]\"}",
                "{\"file\":\"" + SOURCE + "\",\"line\":7,\"reason\":\"BillableBytes is negative: -7\","
                        + "\"row\":\"[\\\"2026-11-02T00:00:00Z\\\",\\\"/subscriptions/s/x\\\",\\\"payments\\\",\\\"-7\\\",\\\"node-1\\\"]\"}");
    }

    @Test
    void aMissingContractColumnFailsNamingWorkspaceQueryAndColumn() {
        // given: an answer of a query that summarises by PodNamespace without renaming it
        LogsTable table = new LogsTable(List.of(new Column("Day", "datetime"), new Column("ClusterResourceId", "string"),
                new Column("PodNamespace", "string"), new Column("BillableBytes", "long")), List.of());

        // when / then
        assertThatThrownBy(() -> new LogResultReader(new RunWindow(LocalDate.of(2026, 11, 2)).monthToDate(),
                new QuarantineWriter(out.resolve("q.jsonl"))).read(table, WORKSPACE, LogQuery.CONTAINER_LOGS, SOURCE,
                        ContainerLogIngestion.CONTRACT, ContainerLogIngestion::from, ContainerLogIngestion::day))
                .isInstanceOf(LogQueryFailedException.class)
                .hasMessageContaining("workspace " + WORKSPACE)
                .hasMessageContaining("query 'container-logs'")
                .hasMessageContaining("lacks the contract column(s) Namespace");
    }

    @Test
    void readsUsageGigabytesExactly() throws IOException {
        // given
        LogsTable table = new LogsTable(List.of(new Column("Day", "datetime"), new Column("DataType", "string"),
                new Column("BillableGB", "real")), List.of(row("2026-11-02T00:00:00Z", "Perf", "0.123456789012345678")));

        // when
        List<TableIngestion> rows;
        try (QuarantineWriter quarantine = new QuarantineWriter(out.resolve("q.jsonl"))) {
            rows = new LogResultReader(new RunWindow(LocalDate.of(2026, 11, 2)).monthToDate(), quarantine).read(table, WORKSPACE,
                    LogQuery.USAGE, SOURCE, TableIngestion.CONTRACT, TableIngestion::from, TableIngestion::day);
        }

        // then
        assertThat(rows).containsExactly(new TableIngestion(LocalDate.of(2026, 11, 2), "Perf",
                new BigDecimal("0.123456789012345678")));
    }

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }
}
