package io.kubeledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import io.kubeledger.config.SharedCostSplit;
import io.kubeledger.sample.SampleFleetGenerator;

/**
 * Runs the job on fleets other than the sample: a generated larger one, and broken ones.
 */
@ExtendWith(OutputCaptureExtension.class)
class FleetRunTests {

    @TempDir
    Path work;

    @Test
    void anotherFleetReconcilesEveryDayWithItsBillMidMonth() throws Exception {
        // given: 6 clusters, 9 teams, 20 days up to the 12th of November, and a day file
        // an earlier run left behind
        Path fleet = work.resolve("fleet");
        Path config = new SampleFleetGenerator(7, 6, 9, 20, LocalDate.of(2026, 11, 12), 2).write(fleet);
        Path leftOver = work.resolve("out/state/chargeback-days/date=2026-10-30.parquet");
        Files.createDirectories(leftOver.getParent());
        Files.writeString(leftOver, "a day file of a run that failed midway");

        // when
        int exitCode = KubeledgerRun.run(config, work.resolve("out"), "reportDate=2026-11-12");

        // then
        assertThat(exitCode).isZero();
        SnapshotTotals.assertEveryDayMatches(work.resolve("out"), SnapshotTotals.billedDaily(fleet), 12);
        assertThat(work.resolve("out/reports/2026-11/kubeledger-2026-11.pdf")).exists();
        try (Stream<Path> partitions = Files.list(work.resolve("out/lake/chargeback"))) {
            assertThat(partitions).hasSize(12);
        }
        assertThat(leftOver.getParent()).isEmptyDirectory();
    }

    @Test
    void aLargeTeamsStatementListsItsBiggestChangesAndCountsTheRest() throws Exception {
        // given: 4 clusters and 2 teams with many workloads each, so a team has far more
        // than the 15 changes a
        // statement lists (reports.statement-changes)
        Path fleet = work.resolve("fleet");
        Path config = new SampleFleetGenerator(7, 4, 2, 20, LocalDate.of(2026, 11, 12), 12).write(fleet);

        // when
        int exitCode = KubeledgerRun.run(config, work.resolve("out"), "reportDate=2026-11-12");

        // then: the statement lists the 15 changes that save most and counts the others,
        // which the lake has
        assertThat(exitCode).isZero();
        List<List<Object>> teams = NightlyJobEndToEndTests.query("""
                SELECT team, count(*) FROM read_parquet('%s/lake/rightsizing/*/*.parquet')
                WHERE action <> 'keep' AND monthly_savings > 0 GROUP BY team HAVING count(*) > 15 ORDER BY 2 DESC
                LIMIT 1""".formatted(work.resolve("out")));
        assertThat(teams).isNotEmpty();
        String team = (String) teams.get(0).get(0);
        long changes = (Long) teams.get(0).get(1);
        String statement;
        try (PDDocument pdf = Loader.loadPDF(work.resolve("out/reports/2026-11/teams/" + team + ".pdf").toFile())) {
            statement = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        // and a team lead, who gets no workbook, is never sent to it
        assertThat(statement).contains(changes + " changes")
            .contains("… and " + (changes - 15) + " smaller changes together")
            .doesNotContain("workbook");
    }

    @ParameterizedTest(name = "{0}, fleet seed {1}")
    @CsvSource({ "WEIGHTED, 11", "EVEN, 12", "NONE, 13" })
    void randomFleetsConserveEveryDollarWhateverTheSplit(SharedCostSplit split, long seed) throws Exception {
        // given: a random fleet of 2 to 5 clusters (some sharing a workspace) and 2 to 7
        // teams
        Random random = new Random(seed);
        Path fleet = work.resolve("fleet");
        Path config = new SampleFleetGenerator(seed, 2 + random.nextInt(4), 2 + random.nextInt(6), 8,
                LocalDate.of(2026, 11, 5), 1)
            .write(fleet);

        // when
        int exitCode = KubeledgerRun.run(config, work.resolve("out"), "reportDate=2026-11-05",
                "--kubeledger.shared-cost-split=" + split.name().toLowerCase(),
                "--kubeledger.idle-split=" + split.name().toLowerCase());

        // then: every day is the bill, and only 'none' leaves cost with team 'shared' and
        // team 'idle'
        assertThat(exitCode).isZero();
        SnapshotTotals.assertEveryDayMatches(work.resolve("out"), SnapshotTotals.billedDaily(fleet), 5);
        for (String unsplit : List.of("shared", "idle")) {
            long rows = (Long) NightlyJobEndToEndTests.query("""
                    SELECT count(*) FROM read_parquet('%s/lake/chargeback/*/*.parquet') WHERE x_Team = '%s'
                    """.formatted(work.resolve("out"), unsplit)).get(0).get(0);
            assertThat(rows > 0).as(unsplit).isEqualTo(split == SharedCostSplit.NONE);
        }
    }

    @Test
    void aMissingExportFailsTheRunNamingClusterAndLocation(CapturedOutput output) throws IOException {
        // given
        Path fleet = work.resolve("fleet");
        Path config = new SampleFleetGenerator(7, 2, 2, 3, LocalDate.of(2026, 11, 3), 1).write(fleet);
        Files.delete(fleet.resolve("blob/stfinopsexports/opencost/aks-prod-eus.csv"));

        // when
        int exitCode = KubeledgerRun.run(config, work.resolve("out"), "reportDate=2026-11-03");

        // then
        assertThat(exitCode).isEqualTo(69);
        String failure = KubeledgerRun.failures(output.getOut(), "2026-11-03").get(0);
        assertThat(failure).contains("The OpenCost export of cluster 'aks-prod-eus' is missing or unreadable")
            .contains("https://stfinopsexports.blob.core.windows.net/opencost/aks-prod-eus.csv");
    }

    @Test
    void aPartialLogAnalyticsAnswerFailsTheRunNamingWorkspaceAndQuery(CapturedOutput output) throws IOException {
        // given: the usage query of one workspace came back with a partial error (HTTP
        // 200 and an error beside tables)
        Path fleet = work.resolve("fleet");
        Path config = new SampleFleetGenerator(7, 2, 2, 3, LocalDate.of(2026, 11, 3), 1).write(fleet);
        Path usage;
        try (Stream<Path> answers = Files.list(fleet.resolve("logs"))) {
            usage = answers.sorted().findFirst().orElseThrow().resolve("usage.json");
        }
        String workspaceId = usage.getParent().getFileName().toString();
        Files.writeString(usage, Files.readString(usage)
            .replaceFirst("^\\{",
                    """
                            {"error":{"code":"PartialError","message":"Query result set has exceeded the internal data size limit"},"""));

        // when
        int exitCode = KubeledgerRun.run(config, work.resolve("out"), "reportDate=2026-11-03");

        // then
        assertThat(exitCode).isEqualTo(69);
        String failure = KubeledgerRun.failures(output.getOut(), "2026-11-03").get(0);
        assertThat(failure).contains("Log Analytics workspace " + workspaceId + ", query 'usage'")
            .contains("PartialError");
        assertThat(work.resolve("out/lake")).doesNotExist();
    }

    @Test
    void workspacesWithoutPricesFailAtStartUpNamingEachPrice() throws IOException {
        // given
        Path fleet = work.resolve("fleet");
        Path config = new SampleFleetGenerator(7, 1, 1, 1, LocalDate.of(2026, 11, 1), 1).write(fleet);
        Files.writeString(config, Files.readString(config).replaceAll("(?m)^  prices:\\n(    .*\\n)+", ""));

        // when / then
        assertThatThrownBy(() -> KubeledgerRun.run(config, work.resolve("out"))).rootCause()
            .hasMessageContaining("kubeledger.prices.log-analytics-gb: missing")
            .hasMessageContaining("kubeledger.prices.basic-logs-gb: missing")
            .hasMessageContaining("kubeledger.prices.auxiliary-logs-gb: missing")
            .hasMessageContaining("kubeledger.prices.logs-query-scanned-gb: missing");
    }

    @Test
    void aClusterThatArmDoesNotKnowFailsTheRunNamingIt(CapturedOutput output) throws IOException {
        // given: the cluster's ARM description is missing (404)
        Path fleet = work.resolve("fleet");
        Path config = new SampleFleetGenerator(7, 2, 1, 3, LocalDate.of(2026, 11, 3), 1).write(fleet);
        try (Stream<Path> files = Files.walk(fleet.resolve("arm"))) {
            for (Path file : files.filter(f -> f.toString().endsWith("managedclusters/aks-prod-eus.json")).toList()) {
                Files.delete(file);
            }
        }

        // when
        int exitCode = KubeledgerRun.run(config, work.resolve("out"), "reportDate=2026-11-03");

        // then
        assertThat(exitCode).isEqualTo(69);
        assertThat(KubeledgerRun.failures(output.getOut(), "2026-11-03").get(0))
            .contains("AKS cluster aks-prod-eus was not found in ARM (/subscriptions/");
    }

    @Test
    void wrongRightsizingAndComplianceSettingsFailAtStartUpNamingEachKey() throws IOException {
        // given
        Path fleet = work.resolve("fleet");
        Path config = new SampleFleetGenerator(7, 1, 1, 1, LocalDate.of(2026, 11, 1), 1).write(fleet);

        // when / then
        assertThatThrownBy(() -> KubeledgerRun.run(config, work.resolve("out"),
                "--kubeledger.rightsizing.containers.lookback-days=7",
                "--kubeledger.rightsizing.containers.min-days-observed=10",
                "--kubeledger.rightsizing.containers.memory-headroom=-0.1",
                "--kubeledger.rightsizing.log-tables.basic-eligible-tables=" + work.resolve("no-such-list.txt"),
                "--kubeledger.compliance.audit-retention-days=0"))
            .rootCause()
            .hasMessageContaining(
                    "kubeledger.rightsizing.containers.min-days-observed: must be 1 to lookback-days, was 10")
            .hasMessageContaining("kubeledger.rightsizing.containers.memory-headroom: must not be negative")
            .hasMessageContaining("kubeledger.rightsizing.log-tables.basic-eligible-tables: no such readable file")
            .hasMessageContaining("kubeledger.compliance.audit-retention-days: must be at least 1, was 0");
        assertThat(work.resolve("out/lake")).doesNotExist();
    }

    @Test
    void aWrongConfigurationFailsAtStartUpNamingEveryKey() throws IOException {
        // given
        Path config = work.resolve("bad.yaml");
        Files.writeString(config,
                """
                        kubeledger:
                          local-root: %s
                          currency: EURO
                          threads: 0
                          teams:
                            - name: shared
                          clusters:
                            - name: aks-1
                              resource-id: /subscriptions/s/resourceGroups/rg
                              opencost-export: azblob://exports/aks-1.csv
                              workspace-id: log-aks-1
                              workspace-resource-id: /subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/log-aks-1
                        """
                    .formatted(work));

        // when / then
        assertThatThrownBy(() -> KubeledgerRun.run(config, work.resolve("out"))).rootCause()
            .hasMessageContaining("kubeledger.currency: not an ISO 4217 currency code: 'EURO'")
            .hasMessageContaining("kubeledger.threads: must be at least 1, was 0")
            .hasMessageContaining("kubeledger.teams[0].name: 'shared' is reserved")
            .hasMessageContaining("kubeledger.clusters[0].resource-id: not an AKS cluster resource id")
            .hasMessageContaining(
                    "kubeledger.clusters[0].opencost-export: must be https://<account>.blob.core.windows.net")
            .hasMessageContaining("kubeledger.clusters[0].workspace-id: must be the workspace's id (a GUID)");
    }

    @Test
    void aWrongAzureConfigurationFailsAtStartUpNamingEveryKey() throws IOException {
        // given
        Path fleet = work.resolve("fleet");
        Path config = new SampleFleetGenerator(7, 1, 1, 1, LocalDate.of(2026, 11, 1), 1).write(fleet);

        // when / then
        assertThatThrownBy(() -> KubeledgerRun.run(config, work.resolve("out"), "--kubeledger.source=azure",
                "--kubeledger.azure.credential=managed", "--kubeledger.azure.blob-endpoint=http://127.0.0.1:10000",
                "--kubeledger.lake-url=https://stfinancelake.blob.core.windows.net/Finance Lake"))
            .rootCause()
            .hasMessageContaining("kubeledger.azure.credential: must be 'default' or 'none', was 'managed'")
            .hasMessageContaining("kubeledger.azure.blob-endpoint: must contain {account}")
            .hasMessageContaining("kubeledger.lake-url: must be https://<account>.blob.core.windows.net/<container>");
    }

    @Test
    void textThatASpreadsheetWouldRunIsWrittenAsLiteralText() throws Exception {
        // given: a cluster named like a formula
        Path fleet = work.resolve("fleet");
        Path config = new SampleFleetGenerator(7, 1, 1, 2, LocalDate.of(2026, 11, 2), 1).write(fleet);
        Files.writeString(config,
                Files.readString(config)
                    .replace("- name: aks-prod-weu", "- name: '=1+2'")
                    .replace("clusters: [aks-prod-weu", "clusters: ['=1+2'"));
        Files.move(fleet.resolve("prometheus/amw-aks-prod-weu/aks-prod-weu"),
                fleet.resolve("prometheus/amw-aks-prod-weu/=1+2"));

        // when
        int exitCode = KubeledgerRun.run(config, work.resolve("out"), "reportDate=2026-11-02");

        // then: the workbook holds it as quote-prefixed text, not as a formula
        assertThat(exitCode).isZero();
        try (InputStream in = Files.newInputStream(work.resolve("out/reports/2026-11/kubeledger-2026-11.xlsx"));
                Workbook workbook = WorkbookFactory.create(in)) {
            Cell cluster = workbook.getSheet("Clusters").getRow(1).getCell(0);
            assertThat(cluster.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cluster.getStringCellValue()).isEqualTo("=1+2");
            assertThat(cluster.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @Test
    void aMisspeltKeyFailsAtStartUp() throws IOException {
        // given
        Path fleet = work.resolve("fleet");
        Path config = new SampleFleetGenerator(7, 1, 1, 1, LocalDate.of(2026, 11, 1), 1).write(fleet);
        Files.writeString(config, Files.readString(config).replace("team-label:", "teamlabel-typo:"));

        // when / then
        assertThatThrownBy(() -> KubeledgerRun.run(config, work.resolve("out")))
            .hasStackTraceContaining("kubeledger.teamlabel-typo");
    }

}
