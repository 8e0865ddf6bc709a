package io.kubeledger.report;

import static io.kubeledger.lake.LakePartitions.CHARGEBACK;
import static io.kubeledger.lake.LakePartitions.COMPLIANCE;
import static io.kubeledger.lake.LakePartitions.LOG_TABLES;
import static io.kubeledger.lake.LakePartitions.PARQUET;
import static io.kubeledger.lake.LakePartitions.RIGHTSIZING;
import static io.kubeledger.lake.LakePartitions.part;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import io.kubeledger.lake.RunRecord;
import io.kubeledger.run.RunWindow;

/**
 * The lake's files of one run of a month: every shard's part of each day of the month
 * through the run's report date ({@code chargeback}), of the report date
 * ({@code rightsizing}, {@code log-tables}, {@code compliance}), and the shards'
 * {@link RunRecord}s. Found complete or not at all: a missing part fails naming the
 * shards and days.
 */
public final class LakeMonth {

    private final Path lake;

    private final RunWindow window;

    private final int shards;

    private final RunRecord run;

    private LakeMonth(Path lake, RunWindow window, int shards, RunRecord run) {
        this.lake = lake;
        this.window = window;
        this.shards = shards;
        this.run = run;
    }

    /**
     * The run of {@code reportDate} with {@code shards} shards.
     * @throws IncompleteLakeException naming each shard whose record or files are missing
     */
    public static LakeMonth of(Path lake, LocalDate reportDate, int shards) {
        RunWindow window = new RunWindow(reportDate);
        List<String> missing = new ArrayList<>();
        List<RunRecord> records = new ArrayList<>();
        for (int shard = 0; shard < shards; shard++) {
            Path record = record(lake, reportDate, shard);
            if (!Files.isRegularFile(record)) {
                missing.add("shard " + shard + ": no run record " + lake.relativize(record));
                continue;
            }
            RunRecord written = RunRecord.read(record);
            if (written.shardCount() != shards) {
                missing.add("shard " + shard + ": its run was one of " + written.shardCount() + " shards, not " + shards
                        + " (kubeledger.shard.count)");
                continue;
            }
            records.add(written);
            List<LocalDate> absent = window.days()
                .stream()
                .filter(day -> !Files.isRegularFile(part(lake, CHARGEBACK, day, written.shardIndex(), PARQUET)))
                .toList();
            if (!absent.isEmpty()) {
                missing.add("shard " + shard + ": no chargeback part of "
                        + (absent.size() == window.days().size() ? "any day of the month"
                                : absent.stream().map(LocalDate::toString).collect(Collectors.joining(", "))));
            }
            for (String dataset : List.of(RIGHTSIZING, LOG_TABLES, COMPLIANCE)) {
                if (!Files.isRegularFile(part(lake, dataset, reportDate, shard, PARQUET))) {
                    missing.add("shard " + shard + ": no " + dataset + " part of " + reportDate);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new IncompleteLakeException("the lake " + lake + " does not hold the whole run of " + reportDate
                    + " (" + shards + " shard(s)), so no report is built from it: " + String.join("; ", missing));
        }
        return new LakeMonth(lake, window, shards, RunRecord.merge(records));
    }

    /**
     * The latest run of the month kept in the lake, if any, with as many shards as its
     * records say.
     */
    public static Optional<LakeMonth> latest(Path lake, YearMonth month) {
        return runDates(lake).filter(day -> YearMonth.from(day).equals(month))
            .max(LocalDate::compareTo)
            .map(day -> of(lake, day, RunRecord.read(record(lake, day, 0)).shardCount()));
    }

    /**
     * The latest run of the report date's month after it, if any: its reports are newer
     * than that date's.
     */
    public static Optional<LocalDate> laterRun(Path lake, LocalDate reportDate) {
        return runDates(lake).filter(day -> YearMonth.from(day).equals(YearMonth.from(reportDate)))
            .filter(day -> day.isAfter(reportDate))
            .max(LocalDate::compareTo);
    }

    private static Stream<LocalDate> runDates(Path lake) {
        Path runs = lake.resolve(RunRecord.DATASET);
        if (!Files.isDirectory(runs)) {
            return Stream.empty();
        }
        try (Stream<Path> partitions = Files.list(runs)) {
            return partitions.map(partition -> partition.getFileName().toString())
                .filter(name -> name.startsWith("date="))
                .flatMap(LakeMonth::date)
                .filter(day -> Files.isRegularFile(record(lake, day, 0)))
                .toList()
                .stream();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot list " + runs, e);
        }
    }

    private static Stream<LocalDate> date(String partition) {
        try {
            return Stream.of(LocalDate.parse(partition.substring("date=".length())));
        }
        catch (DateTimeParseException e) {
            return Stream.empty();
        }
    }

    private static Path record(Path lake, LocalDate reportDate, int shard) {
        return part(lake, RunRecord.DATASET, reportDate, shard, RunRecord.EXTENSION);
    }

    public RunWindow window() {
        return window;
    }

    public RunRecord run() {
        return run;
    }

    /**
     * Every shard's chargeback part of every day of the month through the report date.
     */
    List<Path> chargeback() {
        return window.days()
            .stream()
            .flatMap(day -> IntStream.range(0, shards).mapToObj(shard -> part(lake, CHARGEBACK, day, shard, PARQUET)))
            .toList();
    }

    /** Every shard's part of the report date's partition of a dataset. */
    List<Path> ofReportDate(String dataset) {
        return IntStream.range(0, shards)
            .mapToObj(shard -> part(lake, dataset, window.reportDate(), shard, PARQUET))
            .toList();
    }

}
