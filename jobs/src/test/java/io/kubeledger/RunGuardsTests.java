package io.kubeledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.util.FileSystemUtils;

import io.kubeledger.config.KubeledgerProperties.InvalidConfigurationException;
import io.kubeledger.sample.SampleFleetGenerator;

/**
 * What stops a run before it does harm: a configuration that would charge twice or
 * misroute a cluster, unusable arguments or output folder, exports that stopped, and a
 * run for an earlier day that would replace a later report.
 */
@ExtendWith(OutputCaptureExtension.class)
class RunGuardsTests {

    private static final Path SAMPLE = Path.of("../samples");

    @TempDir
    Path work;

    @Test
    void aFleetConfiguredTwiceOverFailsAtStartUpNamingEveryKey() throws IOException {
        // given: a team named twice but for its case, a reserved name in capitals,
        // budgets of nothing, and two clusters
        // with one export and one resource id
        Path fleet = work.resolve("fleet");
        Path config = new SampleFleetGenerator(7, 2, 2, 1, LocalDate.of(2026, 11, 1), 1).write(fleet);
        String yaml = Files.readString(config);
        String firstExport = yaml.replaceAll("(?s).*?opencost-export: (\\S+).*", "$1");
        String firstId = yaml.replaceAll("(?s).*?    - name: aks-\\S+\\s+resource-id: (\\S+).*", "$1");
        String secondExport = yaml.replaceAll("(?s).*?opencost-export: \\S+.*?opencost-export: (\\S+).*", "$1");
        String secondId = yaml.replaceAll(
                "(?s).*?resource-id: /\\S+/managedClusters/\\S+.*?" + "    - name: aks-\\S+\\s+resource-id: (\\S+).*",
                "$1");
        Files.writeString(config,
                yaml.replace(secondExport, firstExport)
                    .replace(secondId, firstId.toUpperCase())
                    .replace("  teams:\n",
                            "  teams:\n    - name: IDLE\n    - name: Payments\n    - name: payments\n"
                                    + "    - name: \"nul\\0byte\"\n    - name: spenders\n      monthly-budget: -5\n")
                    .replaceFirst("  budget:\n    total: \\d+\n", "  budget:\n    total: 0\n"));
        Files.writeString(work.resolve("a-file"), "");

        // when / then
        assertThatThrownBy(() -> KubeledgerRun.run(config, work.resolve("a-file"))).rootCause()
            .hasMessageContaining("kubeledger.teams[0].name: 'IDLE' is reserved")
            .hasMessageContaining("kubeledger.teams[2].name: 'payments' is configured twice (as 'Payments'")
            .hasMessageContaining("kubeledger.teams[3].name: at most 253 characters without control characters")
            .hasMessageContaining("kubeledger.teams[4].monthly-budget: must be above 0, was -5")
            .hasMessageContaining("kubeledger.budget.total: must be above 0, was 0")
            .hasMessageContaining("kubeledger.clusters[1].resource-id: the resource id of clusters[0] too")
            .hasMessageContaining("kubeledger.clusters[1].opencost-export: the export of clusters[0] too")
            .hasMessageContaining(
                    "kubeledger.output-dir: " + work.resolve("a-file").toAbsolutePath() + " is not a folder");
    }

    @Test
    void aWrongConfigurationEndsTheProcessWithExitCode78AndNoStackTrace() throws Exception {
        // given
        Path config = Files.writeString(work.resolve("wrong.yaml"), "kubeledger:\n  threads: 0\n");

        // when: the job as its command line starts it, in a process of its own
        Process run = process(config);
        String output = new String(run.getInputStream().readAllBytes());

        // then
        assertThat(run.waitFor()).as(output).isEqualTo(78);
        assertThat(output).contains("kubeledger.threads: must be at least 1, was 0")
            .doesNotContain("Unable to close")
            .doesNotContain("\tat ");
    }

    @Test
    void everyFaultTheBinderFindsEndsTheProcessWithExitCode78AllNamedAtOnce() throws Exception {
        // given: misspelt keys, values that cannot be converted and enums' typos
        Path config = Files.writeString(work.resolve("typos.yaml"), """
                kubeledger:
                  phase: report
                  idle-split: weighed
                  budget:
                    total: "$4000"
                  billing:
                    cost-exprot: https://stbilling.blob.core.windows.net/exports/focus
                  mail:
                    weekley: true
                """);

        // when
        Process run = process(config);
        String output = new String(run.getInputStream().readAllBytes());

        // then
        assertThat(run.waitFor()).as(output).isEqualTo(78);
        assertThat(output).contains("kubeledger.phase: 'report' must be one of all, compute, reports")
            .contains("kubeledger.idle-split: 'weighed' must be one of weighted, even, none")
            .contains("kubeledger.budget.total: '$4000' cannot be read")
            .contains("kubeledger.billing.cost-exprot: no such key; did you mean kubeledger.billing.cost-export?")
            .contains("kubeledger.mail.weekley: no such key; did you mean kubeledger.mail.weekly?")
            .doesNotContain("\tat ");
    }

    @Test
    void aBadBillEndsTheProcessWithExitCode65AndOneLineSayingWhatAndWhere() throws Exception {
        // given: the sample whose bill's manifest lists a part twice
        Path sample = work.resolve("sample");
        BrokenSampleEndToEndTests.copy(SAMPLE, sample);
        Path manifest;
        try (var files = Files.walk(sample.resolve("blob/stbilling"))) {
            manifest = files.filter(file -> file.toString().contains("202611010612") && file.endsWith("manifest.json"))
                .findFirst()
                .orElseThrow();
        }
        Files.writeString(manifest, Files.readString(manifest).replace("part_1_0001.csv", "part_0_0001.csv"));

        // when
        Process run = process(SAMPLE.resolve("kubeledger.yaml"), "--kubeledger.local-root=" + sample);
        String output = new String(run.getInputStream().readAllBytes());

        // then
        assertThat(run.waitFor()).as(output).isEqualTo(65);
        assertThat(output.strip().lines().reduce((first, second) -> second).orElseThrow())
            .contains("kubeledger run for 2026-10-31 FAILED: the manifest ")
            .contains(" twice: refused");
        assertThat(output).doesNotContain("\tat ");
    }

    @Test
    void anUnreachableSourceEndsTheProcessWithExitCode69AndOneLineNamingIt() throws Exception {
        // when: the exports in Blob Storage behind a closed port
        Process run = process(SAMPLE.resolve("kubeledger.yaml"), "--kubeledger.source=azure",
                "--kubeledger.azure.credential=none", "--kubeledger.azure.max-retries=0",
                "--kubeledger.azure.blob-endpoint=http://127.0.0.1:" + LoopbackPort.free() + "/{account}");
        String output = new String(run.getInputStream().readAllBytes());

        // then
        assertThat(run.waitFor()).as(output).isEqualTo(69);
        assertThat(output.strip().lines().reduce((first, second) -> second).orElseThrow())
            .contains("kubeledger run for 2026-10-31 FAILED: ")
            .contains("no connection could be made");
        assertThat(output).doesNotContain("\tat ");
        assertThat(output.lines().filter(line -> line.contains(" ERROR "))).singleElement()
            .asString()
            .contains("FAILED");
    }

    /** The job as its command line starts it, for 2026-10-31, in a process of its own. */
    private Process process(Path config, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                        System.getProperty("java.class.path"), KubeledgerApplication.class.getName(),
                        "--spring.config.additional-location=file:" + config,
                        "--kubeledger.output-dir=" + work.resolve("out"), "reportDate=2026-10-31"));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    @Test
    void aJobDatabaseOtherThanH2OrPostgresqlIsRefusedAtStartUpNamingIt() {
        assertThatThrownBy(() -> run(work.resolve("out"), "reportDate=2026-10-31",
                "--spring.datasource.url=jdbc:duckdb:" + work.resolve("job.duckdb"),
                "--spring.datasource.driver-class-name=org.duckdb.DuckDBDriver"))
            .rootCause()
            .isInstanceOf(InvalidConfigurationException.class)
            .hasMessageContaining("spring.datasource.url: kubeledger runs on H2 or PostgreSQL, not on DuckDB");
        assertThat(work.resolve("out/lake")).doesNotExist();
    }

    @Test
    void aRelativeOutputFolderWithoutDotSlashIsTakenAsWritten() throws IOException {
        // given: a folder named relative to where the job starts, as "out" rather than
        // "./out"
        Path relative = Path.of("target", "relative-out-" + System.nanoTime());

        // when
        int exitCode = KubeledgerRun.run(SAMPLE.resolve("kubeledger.yaml"), relative, "reportDate=2026-10-03",
                "--kubeledger.local-root=" + SAMPLE);

        // then
        assertThat(exitCode).isZero();
        assertThat(relative.resolve("state/kubeledger.mv.db")).exists();
        FileSystemUtils.deleteRecursively(relative);
    }

    @Test
    void aMalformedOrRepeatedReportDateIsRefusedBeforeAnythingIsWritten() {
        for (String[] arguments : new String[][] { { "reportDate=2026-1031" },
                { "reportDate=2026-10-31", "reportDate=2026-10-30" } }) {
            assertThatThrownBy(() -> KubeledgerRun.run(SAMPLE.resolve("kubeledger.yaml"), work.resolve("out"),
                    concat(arguments, "--kubeledger.local-root=" + SAMPLE)))
                .rootCause()
                .hasMessageStartingWith("Invalid arguments: reportDate");
            assertThat(work.resolve("out")).doesNotExist();
        }
    }

    @Test
    void aReportDateNoExportHasFailsSayingTheExportsStopped(CapturedOutput output) {
        // when: the sample's exports end on 2026-10-31
        int exitCode = KubeledgerRun.run(SAMPLE.resolve("kubeledger.yaml"), work.resolve("out"),
                "reportDate=2026-11-03", "--kubeledger.local-root=" + SAMPLE);

        // then: nothing is charged, recommended or reported from older data
        assertThat(exitCode).isEqualTo(69);
        assertThat(KubeledgerRun.failures(output.getOut(), "2026-11-03")).singleElement()
            .asString()
            .contains("No OpenCost export has a row of 2026-11-03: the latest day any export has is 2026-10-31");
        assertThat(work.resolve("out/lake")).doesNotExist();
        assertThat(work.resolve("out/reports")).doesNotExist();
    }

    @Test
    void anArmErrorServedWithStatus200FailsTheRunRatherThanPassingACheck(CapturedOutput output) throws IOException {
        // given: a proxy answered the lifecycle policy's GET with ARM's error object and
        // HTTP 200
        Path snapshot = work.resolve("sample");
        BrokenSampleEndToEndTests.copy(SAMPLE, snapshot);
        Files.writeString(snapshot.resolve("arm/subscriptions/ba419d35-0dfe-8af7-aee7-bbe10c45c028/resourcegroups/"
                + "rg-audit/providers/microsoft.storage/storageaccounts/staksauditprod/managementpolicies/default.json"),
                "{\"error\":{\"code\":\"AuthorizationFailed\",\"message\":\"The client does not have "
                        + "authorization to perform action 'Microsoft.Storage/storageAccounts/managementPolicies/read'\"}}");

        // when
        int exitCode = KubeledgerRun.run(snapshot.resolve("kubeledger.yaml"), work.resolve("out"),
                "reportDate=2026-10-31", "--kubeledger.local-root=" + snapshot);

        // then
        assertThat(exitCode).isEqualTo(69);
        assertThat(KubeledgerRun.failures(output.getOut(), "2026-10-31")).singleElement()
            .asString()
            .contains("the lifecycle policy of storage account staksauditprod")
            .contains("ARM answered with an error, which is no evidence: AuthorizationFailed");
    }

    @Test
    void aRunForAnEarlierDayKeepsTheLaterReportsUnlessAsked(CapturedOutput output) throws Exception {
        // given: the month's final reports
        Path out = work.resolve("out");
        assertThat(run(out, "reportDate=2026-10-31")).isZero();
        Path workbook = out.resolve("reports/2026-10/kubeledger-2026-10.xlsx");
        byte[] finalWorkbook = Files.readAllBytes(workbook);

        // when: a run for the 15th
        assertThat(run(out, "reportDate=2026-10-15")).isZero();

        // then: the final reports are kept; the lake's days are rewritten all the same,
        // and it has both runs' records
        assertThat(Files.readAllBytes(workbook)).isEqualTo(finalWorkbook);
        assertThat(out.resolve("lake/chargeback/date=2026-10-15/part-00000.parquet")).exists();
        assertThat(out.resolve("lake/runs/date=2026-10-31/part-00000.json")).exists();
        assertThat(out.resolve("lake/runs/date=2026-10-15/part-00000.json")).exists();

        // and the later run's reports cannot be rebuilt from a lake whose first days are
        // the earlier run's
        assertThat(run(out, "reportDate=2026-10-31", "--kubeledger.phase=reports")).isEqualTo(69);
        assertThat(KubeledgerRun.failures(output.getOut(), "2026-10-31")).last()
            .asString()
            .contains("the lake's chargeback parts of 2026-10 are not all of the run of 2026-10-31")
            .contains("15 part(s) were written by the run of another day");

        // when: asked to replace them
        assertThat(run(out, "reportDate=2026-10-15", "--kubeledger.overwrite-later-reports=true")).isZero();

        // then: the reports are the 15th's
        assertThat(Files.readAllBytes(workbook)).isNotEqualTo(finalWorkbook);
    }

    private int run(Path out, String... arguments) {
        return KubeledgerRun.run(SAMPLE.resolve("kubeledger.yaml"), out,
                concat(arguments, "--kubeledger.local-root=" + SAMPLE));
    }

    private static String[] concat(String[] arguments, String more) {
        String[] all = Arrays.copyOf(arguments, arguments.length + 1);
        all[arguments.length] = more;
        return all;
    }

}
