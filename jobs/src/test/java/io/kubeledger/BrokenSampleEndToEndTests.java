package io.kubeledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The whole job on a broken copy of the sample: one cluster's export is garbage, another
 * has three bad rows. By default the run fails naming the garbage cluster; with
 * {@code allow-missing-clusters} it completes, and every report says on its first page
 * which cluster is missing, and how many rows each cluster lost to the quarantine.
 */
@ExtendWith(OutputCaptureExtension.class)
class BrokenSampleEndToEndTests {

    private static final Path SAMPLE = Path.of("../samples");

    private static final String BAD_ROWS = """
            2026-10-07,payments,deployment,api,api-broken-1,api,0.2,0.5,1,1,0,0,0,0,0.1,0.1,0,0,0,twelve,
            2026-10-07,payments,deployment,api,api-broken-2,api,0.2,0.5,1,1,0,0
            2026-10-07,payments,deployment,api,api-broken-3,api,0.2,0.5,1,1,0,0,0,0,0.1,0.1,0,0,0,1e9999,
            """;

    @TempDir
    Path work;

    Path snapshot;

    @BeforeEach
    void breakACopyOfTheSample() throws IOException {
        snapshot = work.resolve("sample");
        copy(SAMPLE, snapshot);
        Path exports = snapshot.resolve("blob/stfinopsexports/opencost");
        Files.write(exports.resolve("aks-dev-weu.csv"), new byte[] { 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 10 });
        Files.writeString(exports.resolve("aks-prod-weu.csv"), BAD_ROWS, StandardOpenOption.APPEND);
    }

    @Test
    void aGarbageExportFailsTheRunNamingItsCluster(CapturedOutput output) throws IOException {
        // when
        int exitCode = KubeledgerRun.run(snapshot.resolve("kubeledger.yaml"), work.resolve("out"),
                "reportDate=2026-10-31", "--kubeledger.local-root=" + snapshot);

        // then
        assertThat(exitCode).isEqualTo(69);
        assertThat(String.join("\n", KubeledgerRun.failures(output.getOut(), "2026-10-31")))
            .contains("The OpenCost export of cluster 'aks-dev-weu'")
            .contains("is not an OpenCost export: the header has no 'Date' column: '")
            .contains("u001F")
            .doesNotContain("\u001f");
        assertThat(work.resolve("out/lake/chargeback")).doesNotExist();
        assertThat(work.resolve("out/reports")).doesNotExist();
    }

    @Test
    void allowedMissingClustersAreNamedOnTheFirstPageOfEveryReport() throws Exception {
        // when
        int exitCode = KubeledgerRun.run(snapshot.resolve("kubeledger.yaml"), work.resolve("out"),
                "reportDate=2026-10-31", "--kubeledger.local-root=" + snapshot,
                "--kubeledger.allow-missing-clusters=true");

        // then: the run completes without the garbage cluster's workload
        assertThat(exitCode).isZero();
        Path out = work.resolve("out");
        List<List<Object>> workloadClusters = NightlyJobEndToEndTests.query("""
                SELECT DISTINCT x_Cluster FROM read_parquet('%s/lake/chargeback/*/*.parquet')
                WHERE x_CostKind = 'workload' ORDER BY 1""".formatted(out));
        assertThat(workloadClusters).extracting(row -> row.get(0))
            .containsExactly("aks-data-neu", "aks-prod-eus", "aks-prod-weu");

        // its bill is all idle, on team idle, and the executive report says which days
        // the bill charged it alone
        List<List<Object>> idle = NightlyJobEndToEndTests.query("""
                SELECT DISTINCT x_Team, x_CostKind FROM read_parquet('%s/lake/chargeback/*/*.parquet')
                WHERE x_Cluster = 'aks-dev-weu' AND x_CostBucket IS NOT NULL""".formatted(out));
        assertThat(idle).containsExactly(List.of("idle", "idle"));
        assertThat(firstPage(out.resolve("reports/2026-10/kubeledger-2026-10.pdf")).replaceAll("\\s+", " "))
            .contains("Billed with no OpenCost row (the exporter was down?), so all idle, on team 'idle': "
                    + "aks-dev-weu: 2026-10-01 to 2026-10-31 (31 days).");

        // the three bad rows are quarantined verbatim, and counted for their cluster
        List<String> quarantined = Files.readAllLines(out.resolve("quarantine/2026-10-31/opencost.jsonl"));
        assertThat(quarantined).hasSize(3).allMatch(line -> line.contains("aks-prod-weu.csv"));

        // every report says so on its first page
        assertThat(firstPage(out.resolve("reports/2026-10/kubeledger-2026-10.pdf"))).contains("INCOMPLETE")
            .contains("aks-dev-weu");
        try (Stream<Path> statements = Files.list(out.resolve("reports/2026-10/teams"))) {
            for (Path statement : statements.toList()) {
                assertThat(firstPage(statement)).as(statement.toString())
                    .contains("INCOMPLETE")
                    .contains("aks-dev-weu");
            }
        }
        try (InputStream in = Files.newInputStream(out.resolve("reports/2026-10/kubeledger-2026-10.xlsx"));
                Workbook workbook = WorkbookFactory.create(in)) {
            assertThat(workbook.getSheetIndex("Summary")).isZero();
            assertThat(valueOf(workbook.getSheet("Summary"), "Missing clusters (their workload is not charged)"))
                .startsWith("aks-dev-weu: ")
                .contains("is not an OpenCost export");
            Sheet clusters = workbook.getSheet("Clusters");
            assertThat(cell(clusters, "aks-prod-weu", 8)).isEqualTo("3");
            assertThat(cell(clusters, "aks-prod-eus", 8)).isEqualTo("0");
        }
    }

    @Test
    void badRowsOfClustersAndWorkspacesReadSideBySideAreQuarantinedInTheConfiguredOrder() throws Exception {
        // given: bad export rows in three clusters, and a row without a namespace at the
        // top of each workspace's
        // container-log answer
        Path exports = snapshot.resolve("blob/stfinopsexports/opencost");
        for (String cluster : List.of("aks-prod-eus", "aks-data-neu")) {
            Files.writeString(exports.resolve(cluster + ".csv"), BAD_ROWS, StandardOpenOption.APPEND);
        }
        List<String> workspaces = List.of("4f083ce3-f12b-bb4b-46ee-9d82b52c856d",
                "c03370dc-dee4-2777-df15-2deb63cc07fc", "bfb45394-d422-b0ba-6dda-c9fbcfeaac25");
        for (String workspace : workspaces) {
            Path answer = snapshot.resolve("logs").resolve(workspace).resolve("container-logs.json");
            Files.writeString(answer,
                    Files.readString(answer)
                        .replaceFirst("\"rows\":\\[\n",
                                "\"rows\":[\n[\"2026-10-05T00:00:00Z\",\"/subscriptions/x\",null,5],\n"));
        }

        // when: two clusters and two workspaces read at a time
        int exitCode = KubeledgerRun.run(snapshot.resolve("kubeledger.yaml"), work.resolve("out"),
                "reportDate=2026-10-31", "--kubeledger.local-root=" + snapshot,
                "--kubeledger.allow-missing-clusters=true", "--kubeledger.threads=2");

        // then: the entries in the configured order of clusters and workspaces, whichever
        // finished first
        assertThat(exitCode).isZero();
        Path quarantine = work.resolve("out/quarantine/2026-10-31");
        assertThat(Files.readAllLines(quarantine.resolve("opencost.jsonl")))
            .extracting(line -> line.replaceAll(".*/opencost/([a-z-]+)\\.csv.*", "$1"))
            .containsExactly("aks-prod-weu", "aks-prod-weu", "aks-prod-weu", "aks-prod-eus", "aks-prod-eus",
                    "aks-prod-eus", "aks-data-neu", "aks-data-neu", "aks-data-neu");
        List<String> logRows = Files.readAllLines(quarantine.resolve("log-analytics.jsonl"));
        assertThat(logRows).hasSize(3);
        for (int i = 0; i < workspaces.size(); i++) {
            assertThat(logRows.get(i)).contains(workspaces.get(i)).contains("Namespace is null");
        }
        try (Stream<Path> files = Files.list(quarantine)) {
            assertThat(files.map(file -> file.getFileName().toString())).containsExactlyInAnyOrder("opencost.jsonl",
                    "log-analytics.jsonl");
        }
    }

    static String firstPage(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(1);
            text.setEndPage(1);
            return text.getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String valueOf(Sheet sheet, String label) {
        return cell(sheet, label, 1);
    }

    /** The text of the given column in the row whose first cell is {@code key}. */
    static String cell(Sheet sheet, String key, int column) {
        DataFormatter format = new DataFormatter();
        for (Row row : sheet) {
            if (key.equals(format.formatCellValue(row.getCell(0)))) {
                return format.formatCellValue(row.getCell(column));
            }
        }
        throw new AssertionError("no row '" + key + "' in sheet " + sheet.getSheetName());
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted(Comparator.naturalOrder()).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                }
                else {
                    Files.copy(file, target);
                }
            }
        }
    }

    /** Deletes a folder of a copied snapshot, with all it holds. */
    static void delete(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

}
