package io.kubeledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed half-way ({@code kill -9}) and started again with the same {@code reportDate} completes and writes
 * exactly what an uninterrupted run writes; the killed execution is recovered, not left running for ever.
 */
class RestartEndToEndTests {

    private static final Path SAMPLE = Path.of("../samples");
    private static final List<String> DATASETS = List.of("chargeback", "rightsizing", "log-tables", "compliance");

    @TempDir
    Path killed;
    @TempDir
    Path uninterrupted;

    @Test
    void aRunKilledWhileWritingTheLakeIsCompletedByTheNextRun() throws Exception {
        // given: a run in its own JVM, killed as soon as it starts writing the lake
        Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KubeledgerApplication.class.getName(),
                "--spring.config.additional-location=file:" + SAMPLE.resolve("kubeledger.yaml"),
                "--kubeledger.local-root=" + SAMPLE, "--kubeledger.output-dir=" + killed, "reportDate=2026-10-31")
                .redirectErrorStream(true).start();
        waitFor(run, "Executing step: [lakeStep]");
        run.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        // when: the same day again, and an uninterrupted run elsewhere
        int rerun = KubeledgerRun.run(SAMPLE.resolve("kubeledger.yaml"), killed, "reportDate=2026-10-31",
                "--kubeledger.local-root=" + SAMPLE);
        int reference = KubeledgerRun.run(SAMPLE.resolve("kubeledger.yaml"), uninterrupted, "reportDate=2026-10-31",
                "--kubeledger.local-root=" + SAMPLE);

        // then: the same outputs, and the killed execution marked failed
        assertThat(rerun).isZero();
        assertThat(reference).isZero();
        for (String dataset : DATASETS) {
            assertThat(lake(killed, dataset)).as(dataset).isEqualTo(lake(uninterrupted, dataset));
        }
        assertThat(files(killed.resolve("lake"))).isEqualTo(files(uninterrupted.resolve("lake")));
        assertThat(files(killed.resolve("reports"))).isEqualTo(files(uninterrupted.resolve("reports")));
        assertThat(executionStatuses(killed)).containsExactly("FAILED", "COMPLETED");
    }

    private static void waitFor(Process process, String line) throws IOException {
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String read = output.readLine(); read != null; read = output.readLine()) {
                if (read.contains(line)) {
                    return;
                }
            }
        }
        throw new AssertionError("the run ended before '" + line + "'");
    }

    private static List<List<Object>> lake(Path out, String dataset) throws Exception {
        return NightlyJobEndToEndTests.query("SELECT * FROM read_parquet('%s/lake/%s/*/*.parquet') ORDER BY ALL"
                .formatted(out, dataset));
    }

    private static List<String> files(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(root::relativize).map(Path::toString).sorted().toList();
        }
    }

    private static List<String> executionStatuses(Path out) throws Exception {
        List<String> statuses = new ArrayList<>();
        try (Connection h2 = DriverManager.getConnection("jdbc:h2:file:" + out.resolve("state/kubeledger"), "sa", "");
                Statement statement = h2.createStatement();
                ResultSet rs = statement.executeQuery("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID")) {
            while (rs.next()) {
                statuses.add(rs.getString(1));
            }
        }
        return statuses;
    }
}
