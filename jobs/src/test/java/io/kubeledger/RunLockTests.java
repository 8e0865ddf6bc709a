package io.kubeledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * One run at a time: while a run holds the job database (here this test, as a run of
 * another pod would), a second run, in its own JVM as Kubernetes starts it, exits with
 * its own code and a message naming the first, having changed nothing. On PostgreSQL,
 * runs back to back never trip over each other in Spring Batch's tables.
 */
class RunLockTests {

    private static final Path SAMPLE = Path.of("../samples");

    private static final String HOLDER = "kubeledger on kubeledger-29400000-x7k2p pid 7";

    @TempDir
    Path work;

    private static PostgresServer postgres;

    @BeforeAll
    static void startPostgres() throws Exception {
        postgres = PostgresServer.start();
    }

    @AfterAll
    static void stopPostgres() throws Exception {
        postgres.close();
    }

    @Test
    void aSecondRunOnTheSameH2StateStopsNamingTheFirstAndChangesNothing() throws Exception {
        // given: a run holding the output folder's state
        Path out = work.resolve("out");
        try (RunLock running = FileRunLock.acquire(out.resolve("state"), "run.lock", HOLDER)) {

            // when
            Result second = runInItsOwnJvm(out, List.of());

            // then
            assertThat(second.exitCode()).isEqualTo(RunLockedException.EXIT_CODE);
            assertThat(second.output()).contains("Another kubeledger run holds the state folder")
                .contains(HOLDER)
                .doesNotContain("\tat org.springframework");
            try (Stream<Path> files = Files.walk(out)) {
                assertThat(files.filter(Files::isRegularFile)).containsExactly(out.resolve("state/run.lock"));
            }
        }

        // and once it has ended, the next run goes ahead
        assertThat(KubeledgerRun.run(SAMPLE.resolve("kubeledger.yaml"), out, "reportDate=2026-10-31",
                "--kubeledger.local-root=" + SAMPLE))
            .isZero();
    }

    @Test
    void aSecondRunOnTheSamePostgresDatabaseStopsNamingTheFirstAndChangesNothing() throws Exception {
        // given: a run holding the database, from another host
        String database = postgres.createDatabase();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(postgres.url(database), PostgresServer.USER,
                "");
        try (RunLock running = PostgresRunLock.acquire(dataSource, 0, HOLDER)) {

            // when
            Result second = runInItsOwnJvm(work.resolve("out"), postgres.arguments(database));

            // then
            assertThat(second.exitCode()).isEqualTo(RunLockedException.EXIT_CODE);
            assertThat(second.output()).contains("Another kubeledger run holds the job database").contains(HOLDER);
            assertThat(work.resolve("out")).doesNotExist();
            assertThat(tables(postgres.url(database))).isZero();
        }
    }

    @Test
    void twentyRunsBackToBackOnPostgresAllComplete() throws Exception {
        // given
        String database = postgres.createDatabase();
        List<String> args = new ArrayList<>(
                List.of("reportDate=2026-10-31", "--kubeledger.local-root=" + SAMPLE, "--kubeledger.threads=4"));
        args.addAll(postgres.arguments(database));

        // when / then
        for (int run = 1; run <= 20; run++) {
            assertThat(KubeledgerRun.run(SAMPLE.resolve("kubeledger.yaml"), work.resolve("out"),
                    args.toArray(String[]::new)))
                .as("run %d", run)
                .isZero();
        }
    }

    @Test
    void theShardsOfADateRunAtOnceOnOnePostgresDatabaseButEachShardOnlyOnce() throws Exception {
        // given: one database, one lake
        String database = postgres.createDatabase();
        Path out = work.resolve("out");

        // when: the three shards at once, each in its own JVM
        List<Process> shards = new ArrayList<>();
        for (int shard = 0; shard < 3; shard++) {
            List<String> arguments = new ArrayList<>(postgres.arguments(database));
            arguments.addAll(List.of("--kubeledger.phase=compute", "--kubeledger.shard.count=3",
                    "--kubeledger.shard.index=" + shard));
            shards.add(start(out, arguments));
        }

        // then: all complete, and the reports run finds the whole fleet
        for (Process shard : shards) {
            String output = new String(shard.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(shard.waitFor()).as(output).isZero();
        }
        List<String> reports = new ArrayList<>(postgres.arguments(database));
        reports.addAll(List.of("--kubeledger.phase=reports", "--kubeledger.shard.count=3"));
        assertThat(runInItsOwnJvm(out, reports).exitCode()).isZero();

        // and while a run of shard 1 holds its lock, another run of shard 1 is turned
        // away, and shard 2 goes ahead
        DriverManagerDataSource dataSource = new DriverManagerDataSource(postgres.url(database), PostgresServer.USER,
                "");
        try (RunLock running = PostgresRunLock.acquire(dataSource, 1, HOLDER)) {
            List<String> shard1 = new ArrayList<>(postgres.arguments(database));
            shard1.addAll(
                    List.of("--kubeledger.phase=compute", "--kubeledger.shard.count=3", "--kubeledger.shard.index=1"));
            assertThat(runInItsOwnJvm(out, shard1).exitCode()).isEqualTo(RunLockedException.EXIT_CODE);
            List<String> shard2 = new ArrayList<>(postgres.arguments(database));
            shard2.addAll(
                    List.of("--kubeledger.phase=compute", "--kubeledger.shard.count=3", "--kubeledger.shard.index=2"));
            assertThat(runInItsOwnJvm(out, shard2).exitCode()).isZero();
        }
    }

    private record Result(int exitCode, String output) {
    }

    private static Result runInItsOwnJvm(Path out, List<String> arguments) throws Exception {
        Process run = start(out, arguments);
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(run.exitValue(), output);
    }

    private static Process start(Path out, List<String> arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), KubeledgerApplication.class.getName(),
                "--spring.config.additional-location=file:" + SAMPLE.resolve("kubeledger.yaml"),
                "--kubeledger.local-root=" + SAMPLE, "--kubeledger.output-dir=" + out, "reportDate=2026-10-31"));
        command.addAll(arguments);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static int tables(String url) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, PostgresServer.USER, "");
                ResultSet count = connection.createStatement()
                    .executeQuery("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
            count.next();
            return count.getInt(1);
        }
    }

}
