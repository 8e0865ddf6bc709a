package io.kubeledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The job on PostgreSQL, production's database: the same outputs as on H2, a rerun of the
 * day works, and each run gives its run lock back before its connection pool closes.
 */
@ExtendWith(OutputCaptureExtension.class)
class PostgresRunTests {

    private static final Path SAMPLE = Path.of("../samples");

    private static final List<String> DATASETS = List.of("chargeback", "rightsizing", "log-tables", "compliance",
            "compute");

    @TempDir
    static Path work;

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
    void theSampleGivesTheSameLakeOnPostgresAsOnH2AndCanBeRunAgain(CapturedOutput output) throws Exception {
        // when
        String database = postgres.createDatabase();
        int onPostgres = run(work.resolve("postgres-out"), postgres.arguments(database));
        int again = run(work.resolve("postgres-out"), postgres.arguments(database));
        int onH2 = run(work.resolve("h2-out"), List.of());

        // then
        assertThat(List.of(onPostgres, again, onH2)).containsOnly(0);
        assertThat(output.getOut()).doesNotContain("cannot release the run lock");
        for (String dataset : DATASETS) {
            assertThat(lake(work.resolve("postgres-out"), dataset)).as(dataset)
                .isEqualTo(lake(work.resolve("h2-out"), dataset));
        }
    }

    @Test
    void aDatabaseWhoseBatchTablesBootsInitializerMadeIsMigratedOverThemIntoOneHistory() throws Exception {
        // given: a database as a version before the migrations left it, Spring Batch's
        // tables made by Boot's
        // initializer from spring-batch-core's own script, with a run in them
        String database = postgres.createDatabase();
        String batchSchema;
        try (InputStream in = JobRepository.class
            .getResourceAsStream("/org/springframework/batch/core/" + "schema-postgresql.sql")) {
            batchSchema = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection connection = DriverManager.getConnection(postgres.url(database), PostgresServer.USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute(batchSchema);
            statement.execute("INSERT INTO batch_job_instance VALUES (nextval('batch_job_instance_seq'), 0, "
                    + "'nightlyJob', 'an earlier run')");
        }

        // when
        int exitCode = run(work.resolve("upgraded-out"), postgres.arguments(database));

        // then: the tables kept, their earlier run too, and version 3 in the one history
        // beside mail_sent's
        assertThat(exitCode).isZero();
        try (Connection connection = DriverManager.getConnection(postgres.url(database), PostgresServer.USER, "");
                Statement statement = connection.createStatement()) {
            ResultSet history = statement.executeQuery("SELECT version, description FROM kubeledger_schema_history "
                    + "WHERE success AND version IS NOT NULL ORDER BY installed_rank");
            List<String> versions = new ArrayList<>();
            while (history.next()) {
                versions.add(history.getString(1) + " " + history.getString(2));
            }
            assertThat(versions).contains("1 mail sent", "3 spring batch");
            ResultSet instances = statement.executeQuery("SELECT count(*) FROM batch_job_instance");
            instances.next();
            assertThat(instances.getInt(1)).isEqualTo(2);
        }
    }

    private static int run(Path out, List<String> database) {
        List<String> args = new ArrayList<>(List.of("reportDate=2026-10-31", "--kubeledger.local-root=" + SAMPLE));
        args.addAll(database);
        return KubeledgerRun.run(SAMPLE.resolve("kubeledger.yaml"), out, args.toArray(String[]::new));
    }

    private static List<List<Object>> lake(Path out, String dataset) throws Exception {
        return NightlyJobEndToEndTests
            .query("SELECT * FROM read_parquet('%s/lake/%s/*/*.parquet') ORDER BY ALL".formatted(out, dataset));
    }

}
