package io.kubeledger.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.kubeledger.run.DayRange;
import io.kubeledger.run.RunWindow;
import io.kubeledger.source.SourceUnavailableException;

class OpenCostExportReaderTests {

    private static final String EXPORT_URL = ExportReads.EXPORT_URL;

    private static final DayRange OCTOBER_5 = new RunWindow(LocalDate.of(2026, 10, 5)).monthToDate();

    @TempDir
    Path snapshot;

    @ParameterizedTest
    @ValueSource(
            strings = { "current-with-labels.csv", "labels-as-column-7.csv", "label-columns.csv", "union-merged.csv" })
    void readsEveryLayoutByColumnName(String layout) throws IOException {
        // given
        placeExport(layout);

        // when
        List<Allocation> allocations = readAll(new BigDecimal("0.01"));

        // then
        assertThat(allocations).hasSize(2);
        Allocation api = allocations.stream().filter(a -> a.namespace().equals("payments")).findFirst().orElseThrow();
        assertThat(api.cluster()).isEqualTo("aks-1");
        assertThat(api.day()).isEqualTo(LocalDate.of(2026, 10, 5));
        assertThat(api.container()).isEqualTo("api");
        assertThat(api.cpuCoreRequestAverage()).isEqualTo(0.5);
        assertThat(api.ramBytesRequestAverage()).isEqualTo(268435456);
        assertThat(api.totalCost()).isEqualByComparingTo("0.416447000000000003");
        assertThat(api.totalCost().toPlainString()).isEqualTo("0.416447000000000003");
        assertThat(api.labels()).containsEntry("team", "checkout");
        Allocation dns = allocations.stream()
            .filter(a -> a.namespace().equals("kube-system"))
            .findFirst()
            .orElseThrow();
        assertThat(dns.cpuCoreUsageAverage()).isEqualTo(0.013648332324864003);
        assertThat(dns.labels()).doesNotContainKey("team");
    }

    @Test
    void quarantinesBadRowsVerbatimAndSkipsRowsOutsideTheWindow() throws IOException {
        // given
        placeExport("bad-rows.csv");

        // when
        List<Allocation> allocations = readAll(BigDecimal.ONE);

        // then
        assertThat(allocations).extracting(Allocation::totalCost)
            .containsExactly(new BigDecimal("0.416447000000000003"), new BigDecimal("0.1"));
        List<String> lines = Files.readAllLines(quarantineFile());
        assertThat(lines).hasSize(3);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> entries = new ArrayList<>();
        for (String line : lines) {
            entries.add(json.readTree(line));
        }
        List<String> source = Files.readAllLines(ExportReads.exportFile(snapshot));
        assertThat(entries).extracting(e -> e.get("line").asInt()).containsExactly(3, 4, 5);
        assertThat(entries).allSatisfy(e -> assertThat(e.get("file").asText()).isEqualTo(EXPORT_URL));
        assertThat(entries).extracting(e -> e.get("row").asText())
            .containsExactly(source.get(2), source.get(3), source.get(4));
        assertThat(entries).extracting(e -> e.get("reason").asText())
            .containsExactly("has 8 fields, the header has 20",
                    "TotalCost is not a number, so the row's cost is unknown: 'NaN'",
                    "Date is not a YYYY-MM-DD date: '5/10/2026'");
    }

    @Test
    void failsWhenMoreRowsAreBadThanTheSkipRatioAllows() throws IOException {
        // given: 3 bad rows of 5 in the window
        placeExport("bad-rows.csv");

        // when / then
        assertThatThrownBy(() -> readAll(new BigDecimal("0.5"))).isInstanceOf(TooManyBadRowsException.class)
            .hasMessageContaining("3 of 5 OpenCost rows of cluster 'aks-1'")
            .hasMessageContaining("kubeledger.max-skip-ratio=0.5");
    }

    @Test
    void namesTheClusterAndTheLocationOfAMissingExport() {
        // given: no export in the snapshot

        // when / then
        assertThatThrownBy(() -> readAll(BigDecimal.ONE)).isInstanceOf(SourceUnavailableException.class)
            .hasMessageContaining("cluster 'aks-1'")
            .hasMessageContaining(EXPORT_URL);
    }

    @Test
    void rejectsAFileThatIsNotAnOpenCostExport() throws IOException {
        // given
        Path file = ExportReads.exportFile(snapshot);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "name,value\na,1\n");

        // when / then
        assertThatThrownBy(() -> readAll(BigDecimal.ONE)).isInstanceOf(SourceUnavailableException.class)
            .hasMessageContaining("cluster 'aks-1'")
            .hasMessageContaining("no 'Date' column");
    }

    private List<Allocation> readAll(BigDecimal maxSkipRatio) {
        return ExportReads.readAll(snapshot, quarantineFile(), OCTOBER_5, maxSkipRatio);
    }

    private Path quarantineFile() {
        return snapshot.resolve("out/quarantine/opencost.jsonl");
    }

    private void placeExport(String fixture) throws IOException {
        Path target = ExportReads.exportFile(snapshot);
        Files.createDirectories(target.getParent());
        try (InputStream in = getClass().getResourceAsStream("/ingest/" + fixture)) {
            Files.copy(in, target);
        }
    }

}
