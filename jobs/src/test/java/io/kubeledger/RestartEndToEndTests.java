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

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed half-way ({@code kill -9}) or told to stop (SIGTERM) and started again
 * with the same {@code reportDate} completes and writes exactly what an uninterrupted run
 * writes; the killed execution is recovered, not left running for ever, and the stopped
 * one is recorded STOPPED. The job's database is PostgreSQL, as in production: H2 2.5
 * does not release a row a killed process left locked inside a chunk's transaction, so
 * with H2 (local runs, dev's emptyDir) the state folder goes with a killed run.
 */
class RestartEndToEndTests {

    private static final Path SAMPLE = Path.of("../samples");

    private static final List<String> DATASETS = List.of("chargeback", "rightsizing", "log-tables", "compliance",
            "compute");

    @TempDir
    Path killed;

    @TempDir
    static Path uninterrupted;

    private static PostgresServer postgres;

    @BeforeAll
    static void runTheDayUninterrupted() throws Exception {
        postgres = PostgresServer.start();
        assertThat(KubeledgerRun.run(SAMPLE.resolve("kubeledger.yaml"), uninterrupted, "reportDate=2026-10-31",
                "--kubeledger.local-root=" + SAMPLE))
            .isZero();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @ParameterizedTest(name = "killed when {0} starts")
    @ValueSource(strings = { "exportStep", "chargebackStep", "lakeStep", "reportStep" })
    void aKilledRunIsCompletedByTheNextRun(String step) throws Exception {
        // given: a run in its own JVM, killed as the step starts
        String database = postgres.createDatabase();
        Process run = start(database);
        waitFor(run, "Executing step: [" + step + "]");
        run.destroyForcibly().waitFor(30, TimeUnit.SECONDS);

        // when
        int rerun = runAgain(database);

        // then: what an uninterrupted run writes, and the killed execution marked failed
        assertThat(rerun).isZero();
        assertWrittenAsUninterrupted();
        assertThat(executionStatuses(postgres.url(database))).containsExactly("FAILED", "COMPLETED");
    }

    @ParameterizedTest(name = "told to stop when {0} starts")
    @ValueSource(strings = { "exportStep", "chargebackStep" })
    void aRunToldToStopEndsStoppedAndTheNextRunCompletesIt(String step) throws Exception {
        // given: a run in its own JVM, sent SIGTERM as the step starts, as Kubernetes
        // does to an evicted pod
        String database = postgres.createDatabase();
        Process run = start(database);
        waitFor(run, "Executing step: [" + step + "]");
        run.destroy();
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).as("the run stopped").isTrue();

        // when
        int rerun = runAgain(database);

        // then: the stopped run ended as the JVM does on SIGTERM, recorded STOPPED, and
        // the next run wrote the day
        assertThat(run.exitValue()).isEqualTo(143);
        assertThat(rerun).isZero();
        assertWrittenAsUninterrupted();
        assertThat(executionStatuses(postgres.url(database))).containsExactly("STOPPED", "COMPLETED");
    }

    private Process start(String database) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), KubeledgerApplication.class.getName(),
                "--spring.config.additional-location=file:" + SAMPLE.resolve("kubeledger.yaml"),
                "--kubeledger.local-root=" + SAMPLE, "--kubeledger.output-dir=" + killed, "reportDate=2026-10-31"));
        command.addAll(postgres.arguments(database));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** The same day again, in this JVM, on the same database and output folder. */
    private int runAgain(String database) {
        List<String> again = new ArrayList<>(List.of("reportDate=2026-10-31", "--kubeledger.local-root=" + SAMPLE));
        again.addAll(postgres.arguments(database));
        return KubeledgerRun.run(SAMPLE.resolve("kubeledger.yaml"), killed, again.toArray(String[]::new));
    }

    private void assertWrittenAsUninterrupted() throws Exception {
        for (String dataset : DATASETS) {
            assertThat(lake(killed, dataset)).as(dataset).isEqualTo(lake(uninterrupted, dataset));
        }
        assertThat(files(killed.resolve("lake"))).isEqualTo(files(uninterrupted.resolve("lake")));
        assertThat(files(killed.resolve("reports"))).isEqualTo(files(uninterrupted.resolve("reports")));
    }

    private static void waitFor(Process process, String line) throws IOException {
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String read = output.readLine(); read != null; read = output.readLine()) {
                if (read.contains(line)) {
                    return;
                }
            }
        }
        throw new AssertionError("the run ended before '" + line + "'");
    }

    private static List<List<Object>> lake(Path out, String dataset) throws Exception {
        return NightlyJobEndToEndTests
            .query("SELECT * FROM read_parquet('%s/lake/%s/*/*.parquet') ORDER BY ALL".formatted(out, dataset));
    }

    private static List<String> files(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(root::relativize).map(Path::toString).sorted().toList();
        }
    }

    private static List<String> executionStatuses(String url) throws Exception {
        List<String> statuses = new ArrayList<>();
        try (Connection database = DriverManager.getConnection(url, PostgresServer.USER, "");
                Statement statement = database.createStatement();
                ResultSet rs = statement
                    .executeQuery("SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID")) {
            while (rs.next()) {
                statuses.add(rs.getString(1));
            }
        }
        return statuses;
    }

}
