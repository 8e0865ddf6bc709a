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

import io.kubeledger.run.RunWindow;
import io.kubeledger.source.LogQuery;
import io.kubeledger.source.LogQueryFailedException;
import io.kubeledger.source.LogsTable.Column;
import io.kubeledger.source.LogsTable;

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
        LogsTable table = new LogsTable(COLUMNS,
                List.of(row("2026-10-31T00:00:00Z", "/subscriptions/s/x", "payments", "100", "node-1"),
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
            rows = new LogResultReader(new RunWindow(LocalDate.of(2026, 11, 2)).monthToDate(), quarantine).read(table,
                    WORKSPACE, LogQuery.CONTAINER_LOGS, SOURCE, ContainerLogIngestion.CONTRACT,
                    ContainerLogIngestion::from);
        }

        // then
        assertThat(rows).containsExactly(
                new ContainerLogIngestion(LocalDate.of(2026, 11, 1), "/subscriptions/s/x", "payments", 1_500_000_000L),
                new ContainerLogIngestion(LocalDate.of(2026, 11, 2), "/subscriptions/s/x", "search", 2500L));
        assertThat(Files.readAllLines(quarantineFile)).containsExactly("{\"file\":\"" + SOURCE
                + "\",\"line\":4,\"reason\":\"Namespace is null\","
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
        LogsTable table = new LogsTable(
                List.of(new Column("Day", "datetime"), new Column("ClusterResourceId", "string"),
                        new Column("PodNamespace", "string"), new Column("BillableBytes", "long")),
                List.of());

        // when / then
        assertThatThrownBy(() -> new LogResultReader(new RunWindow(LocalDate.of(2026, 11, 2)).monthToDate(),
                new QuarantineWriter(out.resolve("q.jsonl")))
            .read(table, WORKSPACE, LogQuery.CONTAINER_LOGS, SOURCE, ContainerLogIngestion.CONTRACT,
                    ContainerLogIngestion::from))
            .isInstanceOf(LogQueryFailedException.class)
            .hasMessageContaining("workspace " + WORKSPACE)
            .hasMessageContaining("query 'container-logs'")
            .hasMessageContaining("lacks the contract column(s) Namespace");
    }

    @Test
    void readsUsageGigabytesExactly() throws IOException {
        // given
        LogsTable table = new LogsTable(
                List.of(new Column("Day", "datetime"), new Column("DataType", "string"),
                        new Column("BillableGB", "real")),
                List.of(row("2026-11-02T00:00:00Z", "Perf", "0.123456789012345678")));

        // when
        List<TableIngestion> rows;
        try (QuarantineWriter quarantine = new QuarantineWriter(out.resolve("q.jsonl"))) {
            rows = new LogResultReader(new RunWindow(LocalDate.of(2026, 11, 2)).monthToDate(), quarantine).read(table,
                    WORKSPACE, LogQuery.USAGE, SOURCE, TableIngestion.CONTRACT, TableIngestion::from);
        }

        // then
        assertThat(rows).containsExactly(
                new TableIngestion(LocalDate.of(2026, 11, 2), "Perf", new BigDecimal("0.123456789012345678")));
    }

    @Test
    void quarantinesRepeatedRowsNumbersOutOfRangeAndNamesKubernetesRefuses() throws IOException {
        // given: rows of 2 November, as the query API sends numbers (exactly, in
        // scientific notation when long)
        LogsTable table = new LogsTable(COLUMNS,
                List.of(row("2026-11-02T00:00:00Z", "/subscriptions/s/x", "payments", "100", "node-1"),
                        row("2026-11-02T00:00:00Z", "/SUBSCRIPTIONS/S/X", "payments", "100", "node-2"),
                        row("2026-11-02T00:00:00Z", "/subscriptions/s/x", "search", "1E+30", null),
                        row("2026-11-02T00:00:00Z", "/subscriptions/s/x", "ml", "1E+999999999", null),
                        row("2026-11-02T00:00:00Z", "/subscriptions/s/x", "n".repeat(64), "5", null),
                        row("2026-11-02T00:00:00Z", "/subscriptions/s/" + "x".repeat(1100), "ml", "5", null),
                        row("2026-11-02T00:00:00Z", "/subscriptions/s/x", "identity", "999999999999999", null)));
        Path quarantineFile = out.resolve("log-analytics.jsonl");

        // when
        List<ContainerLogIngestion> rows;
        try (QuarantineWriter quarantine = new QuarantineWriter(quarantineFile)) {
            rows = new LogResultReader(new RunWindow(LocalDate.of(2026, 11, 2)).monthToDate(), quarantine).read(table,
                    WORKSPACE, LogQuery.CONTAINER_LOGS, SOURCE, ContainerLogIngestion.CONTRACT,
                    ContainerLogIngestion::from);
        }

        // then: one row of each grain is charged, the rest quarantined with why
        assertThat(rows).extracting(ContainerLogIngestion::namespace).containsExactly("payments", "identity");
        assertThat(Files.readAllLines(quarantineFile)).hasSize(5)
            .satisfiesExactly(
                    line -> assertThat(line).contains("\"line\":2").contains("repeats the grain").contains("of row 1"),
                    line -> assertThat(line).contains("\"line\":3")
                        .contains("BillableBytes is out of the lake's range"),
                    line -> assertThat(line).contains("\"line\":4")
                        .contains("BillableBytes is out of the lake's range"),
                    line -> assertThat(line).contains("\"line\":5").contains("Namespace is longer than 63 characters"),
                    line -> assertThat(line).contains("\"line\":6")
                        .contains("ClusterResourceId is longer than 1024 characters"));
    }

    private static List<String> row(String... cells) {
        return Arrays.asList(cells);
    }

}
