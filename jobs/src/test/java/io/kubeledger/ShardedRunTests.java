package io.kubeledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kubeledger.config.Shard;
import io.kubeledger.sample.SampleFleetGenerator;

/**
 * The fleet split over the shards of an Indexed Job, each a process of its own with its
 * own job database, beside each other on one lake: their lake is the single run's row for
 * row, and the reports run builds the single run's reports.
 */
class ShardedRunTests {

    private static final Path SAMPLE = Path.of("../samples");

    private static final int SHARDS = 3;

    @TempDir
    Path work;

    @Test
    void theSampleInThreeShardsIsTheSingleRun() throws Exception {
        assertShardsMakeTheSingleRun(SAMPLE.resolve("kubeledger.yaml"), "2026-10-31",
                "--kubeledger.local-root=" + SAMPLE);
    }

    @Test
    void aFleetOfFortyClustersInThreeShardsIsTheSingleRun() throws Exception {
        Path config = new SampleFleetGenerator(11, 40, 12, 14, LocalDate.of(2026, 11, 14), 1)
            .write(work.resolve("fleet"));
        assertShardsMakeTheSingleRun(config, "2026-11-14");
    }

    @Test
    void theReportsRunFailsNamingTheShardsThatHaveNotRun() throws Exception {
        // given: shards 0 and 2 of 3 computed
        Path out = work.resolve("sharded");
        for (int shard : List.of(0, 2)) {
            assertThat(run(SAMPLE.resolve("kubeledger.yaml"), out, "compute-" + shard, "reportDate=2026-10-31",
                    "--kubeledger.local-root=" + SAMPLE, "--kubeledger.phase=compute",
                    "--kubeledger.shard.count=" + SHARDS, "--kubeledger.shard.index=" + shard)
                .waitFor()).isZero();
        }

        // when
        Process reports = run(SAMPLE.resolve("kubeledger.yaml"), out, "reports", "reportDate=2026-10-31",
                "--kubeledger.local-root=" + SAMPLE, "--kubeledger.phase=reports",
                "--kubeledger.shard.count=" + SHARDS);

        // then
        assertThat(reports.waitFor()).as("a shard's part is not there yet: worth a retry").isEqualTo(69);
        assertThat(Files.readString(out.resolve("reports.log")))
            .contains("does not hold the whole run of 2026-10-31 (3 shard(s))")
            .contains("shard 1: no run record runs/date=2026-10-31/part-00001.json");
        assertThat(out.resolve("reports")).doesNotExist();
    }

    @Test
    void fewerShardsThanBeforeLeaveNoPartOfTheShardsGone() throws Exception {
        // given: the third shard of three computed the month
        Path out = work.resolve("resharded");
        String[] sample = { "reportDate=2026-10-31", "--kubeledger.local-root=" + SAMPLE,
                "--kubeledger.phase=compute" };
        assertThat(KubeledgerRun.run(SAMPLE.resolve("kubeledger.yaml"), out,
                with(sample, "--kubeledger.shard.count=3", "--kubeledger.shard.index=2")))
            .isZero();
        assertThat(out.resolve("lake/chargeback/date=2026-10-07/part-00002.parquet")).exists();

        // when: the fleet in two shards
        for (int shard = 0; shard < 2; shard++) {
            assertThat(KubeledgerRun.run(SAMPLE.resolve("kubeledger.yaml"), out,
                    with(sample, "--kubeledger.shard.count=2", "--kubeledger.shard.index=" + shard)))
                .isZero();
        }

        // then: each partition the two shards wrote holds their parts alone, as the
        // lake's documented query reads it
        try (Stream<Path> files = Files.walk(out.resolve("lake"))) {
            assertThat(files.filter(Files::isRegularFile).map(file -> file.getFileName().toString())).isNotEmpty()
                .allMatch(name -> name.startsWith("part-00000.") || name.startsWith("part-00001."));
        }
    }

    private void assertShardsMakeTheSingleRun(Path config, String reportDate, String... arguments) throws Exception {
        // given: the single run
        Path single = work.resolve("single");
        assertThat(run(config, single, "all", with(arguments, "reportDate=" + reportDate)).waitFor()).isZero();

        // when: three shards side by side, then the reports
        Path sharded = work.resolve("sharded");
        List<Process> shards = new ArrayList<>();
        for (int shard = 0; shard < SHARDS; shard++) {
            shards.add(run(config, sharded, "compute-" + shard,
                    with(arguments, "reportDate=" + reportDate, "--kubeledger.phase=compute",
                            "--kubeledger.shard.count=" + SHARDS, "--kubeledger.shard.index=" + shard)));
        }
        for (Process shard : shards) {
            assertThat(shard.waitFor(10, TimeUnit.MINUTES) && shard.exitValue() == 0).as("shard exit, see %s", sharded)
                .isTrue();
        }
        assertThat(run(config, sharded, "reports", with(arguments, "reportDate=" + reportDate,
                "--kubeledger.phase=reports", "--kubeledger.shard.count=" + SHARDS))
            .waitFor()).isZero();

        // then: every shard wrote a part, and the parts together are the single run's
        // rows
        for (int shard = 0; shard < SHARDS; shard++) {
            assertThat(sharded.resolve("lake/chargeback/date=" + reportDate + "/" + Shard.partFile(shard, "parquet")))
                .exists();
        }
        for (String dataset : List.of("chargeback", "rightsizing", "log-tables", "compliance", "compute")) {
            String rows = "SELECT * FROM read_parquet('%s/lake/" + dataset + "/*/*.parquet')";
            assertThat(NightlyJobEndToEndTests.query("SELECT count(*) FROM (" + rows.formatted(single) + ")"))
                .as(dataset)
                .isEqualTo(NightlyJobEndToEndTests.query("SELECT count(*) FROM (" + rows.formatted(sharded) + ")"));
            assertThat(NightlyJobEndToEndTests.query(rows.formatted(single) + " EXCEPT ALL " + rows.formatted(sharded)))
                .as(dataset)
                .isEmpty();
        }
        // and the reports are the single run's, cell for cell and word for word
        String month = reportDate.substring(0, 7);
        Path workbook = Path.of("reports", month, "kubeledger-" + month + ".xlsx");
        assertThat(ReportContents.cells(sharded.resolve(workbook)))
            .isEqualTo(ReportContents.cells(single.resolve(workbook)));
        for (Path pdf : pdfs(single.resolve("reports").resolve(month))) {
            Path relative = single.relativize(pdf);
            assertThat(ReportContents.text(sharded.resolve(relative))).as(relative.toString())
                .isEqualTo(ReportContents.text(pdf));
        }
    }

    private static List<Path> pdfs(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    private static String[] with(String[] arguments, String... more) {
        return Stream.concat(Stream.of(arguments), Stream.of(more)).toArray(String[]::new);
    }

    /**
     * The job as a process of its own, with its own job database; its output goes to
     * {@code <out>/<name>.log}.
     */
    private static Process run(Path config, Path out, String name, String... arguments) throws IOException {
        Files.createDirectories(out);
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-cp",
                        System.getProperty("java.class.path"), KubeledgerApplication.class.getName(),
                        "--spring.config.additional-location=file:" + config.toAbsolutePath(),
                        "--kubeledger.output-dir=" + out.toAbsolutePath(),
                        "--spring.datasource.url=jdbc:h2:file:" + out.toAbsolutePath().resolve("state/" + name)));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(out.resolve(name + ".log").toFile())
            .start();
    }

}
