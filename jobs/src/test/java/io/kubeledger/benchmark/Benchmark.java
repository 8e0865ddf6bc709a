package io.kubeledger.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.kubeledger.sample.SampleFleetGenerator;

/**
 * The month-end run on a generated fleet beside reference (A) of issue 36, at each size
 * {@code --sizes} lists ({@code --sizes 20,40,80}: at each of those numbers of clusters).
 * The reference is what DuckDB takes for the part of the job's work SQL can do: read the
 * same CSVs and sum cost per day, cluster and namespace, written as Parquet, plus read
 * the month's chargeback lines the job wrote and write them again, every row and column.
 * Run on demand, not by the tests; it needs the packaged jar:
 *
 * <pre>mvn -B -q package -DskipTests && mvn -B -q -f jobs/pom.xml exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=io.kubeledger.benchmark.Benchmark -Dexec.args="--clusters 40 --workloads 8 --heap 1g"</pre>
 *
 * It prints one Markdown table row per size: rows, CSV size, the job's wall time, its
 * compute phase (all but the reports and mail steps) and its reports, the reference's two
 * parts, both ratios, peak RSS and each step's time. Each of {@code --repeat} runs (3 by
 * default) is followed by its reference; the row is the run of the median ratio, the
 * compute ratio the median of the runs'. The job runs as the CronJob runs it: on the JVM
 * {@code --java} names (the image's is Java 25), from an AOT cache made as the image's
 * build makes it (a class-data archive on a JVM before 25; {@code --cds false}: the plain
 * jar), with the manifest's JVM options. Last, it prints how much of the time of each
 * size the size before it took, and the sizes of the jar and of its extracted
 * application.
 *
 * <p>
 * With {@code --shards N} it runs each fleet as a sharded CronJob does instead: N
 * {@code compute} processes side by side, each with the heap {@code --heap} gives, on one
 * output folder, each with its own job database, then the {@code reports} run; it prints
 * each shard's wall time and peak RSS and the reports run's.
 */
public final class Benchmark {

    private static final Pattern STEP = Pattern.compile("^\\s+(\\w+Step)\\s+\\d+\\s+\\d+\\s+\\d+\\s+([\\d.]+) ");

    private static final LocalDate END = LocalDate.of(2026, 10, 31);

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("clusters", "40", "teams", "30", "workloads", "8",
                "heap", "1g", "work", "target/benchmark", "repeat", "3", "cds", "true", "java", "java"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        int clusters = Integer.parseInt(options.get("clusters"));
        List<Integer> sizes = Arrays.stream(options.getOrDefault("sizes", clusters / 2 + "," + clusters).split(","))
            .map(Integer::valueOf)
            .toList();
        int repeat = Integer.parseInt(options.get("repeat"));
        Path work = Path.of(options.get("work")).toAbsolutePath();
        // A copy, so that rebuilding the project meanwhile cannot change the jar under a
        // running job.
        Path jar = work.resolve("kubeledger.jar");
        Files.createDirectories(work);
        Files.copy(packagedJar(), jar, StandardCopyOption.REPLACE_EXISTING);
        String launcher = options.get("java");
        List<String> java = Boolean.parseBoolean(options.get("cds")) ? asTheImageRunsIt(launcher, jar, work)
                : List.of(launcher, "-jar", jar.toString());
        String javaOptions = deployedJavaOptions();
        System.out.println("job: JAVA_TOOL_OPTIONS='" + javaOptions + "' " + String.join(" ", java));
        int shards = Integer.parseInt(options.getOrDefault("shards", "0"));
        if (shards > 0) {
            sharded(options, sizes, shards, java, javaOptions, work);
            printSizes(jar, work.resolve("app"));
            return;
        }
        System.out.println("| clusters | rows | CSV MB | job s | compute s | reports s | reference s (CSV + lake copy) "
                + "| compute / reference | job / reference | peak RSS MB | steps (s) | lake rows |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
        List<Double> seconds = new ArrayList<>();
        for (int size : sizes) {
            Path fleet = work.resolve("fleet-" + size);
            Path config = generate(fleet, size, options);
            long rows = csvRows(fleet);
            double csvMb = csvBytes(fleet) / 1e6;
            settle();
            // Each run beside its own reference, the machine's speed varying from run to
            // run; the run of the median ratio is shown.
            List<Round> rounds = new ArrayList<>();
            for (int run = 0; run < repeat; run++) {
                Result job = runJob(java, javaOptions, config, fleet.resolve("out"), options.get("heap"), List.of());
                double reference = runReference(fleet);
                LakeCopy copy = copyLake(fleet);
                rounds.add(new Round(job, reference, copy));
            }
            Round median = rounds.stream()
                .sorted(Comparator.comparingDouble(Round::wholeRatio))
                .toList()
                .get(rounds.size() / 2);
            double computeRatio = rounds.stream()
                .mapToDouble(Round::computeRatio)
                .sorted()
                .skip(rounds.size() / 2)
                .findFirst()
                .orElseThrow();
            Result job = median.job();
            System.out.printf(Locale.ROOT,
                    "| %d | %,d | %.0f | %.1f | %.1f | %.1f | %.1f + %.1f | %.1f× | %.1f× | %d | %s | %,d |%n", size,
                    rows, csvMb, job.seconds(), job.computeSeconds(), job.reportSeconds(), median.reference(),
                    median.copy().seconds(), computeRatio, median.wholeRatio(), job.peakRssMb(), job.steps(),
                    median.copy().rows());
            seconds.add(job.seconds());
        }
        System.out.printf(Locale.ROOT, "the median of %d runs, each beside its reference%n", repeat);
        for (int i = 1; i < sizes.size(); i++) {
            System.out.printf(Locale.ROOT, "%d clusters took %.2f of the time of %d%n", sizes.get(i - 1),
                    seconds.get(i - 1) / seconds.get(i), sizes.get(i));
        }
        printSizes(jar, work.resolve("app"));
    }

    private static void printSizes(Path jar, Path extracted) throws IOException {
        System.out.printf(Locale.ROOT, "jar %.1f MB%s%n", Files.size(jar) / 1e6, Files.isDirectory(extracted)
                ? String.format(Locale.ROOT, ", its extracted application %.1f MB", treeBytes(extracted) / 1e6) : "");
    }

    /**
     * One run of the job and of the reference after it: reference (A), DuckDB reading the
     * CSVs and summing them, plus DuckDB copying the lake's chargeback lines the job
     * wrote.
     */
    private record Round(Result job, double reference, LakeCopy copy) {
        double wholeRatio() {
            return job.seconds() / (reference + copy.seconds());
        }

        double computeRatio() {
            return job.computeSeconds() / (reference + copy.seconds());
        }
    }

    /**
     * A run: its wall time, its peak RSS, and its steps' seconds as Spring Batch's
     * summary gives them. Its compute phase is the run but the reports and mail steps,
     * the JVM's start included, as a sharded CronJob's compute pods run it.
     */
    private record Result(double seconds, long peakRssMb, Map<String, Double> stepSeconds) {
        double reportSeconds() {
            return stepSeconds.getOrDefault("report", 0.0) + stepSeconds.getOrDefault("mail", 0.0);
        }

        double computeSeconds() {
            return seconds - reportSeconds();
        }

        String steps() {
            return stepSeconds.entrySet()
                .stream()
                .map(step -> step.getKey() + " " + step.getValue())
                .collect(Collectors.joining(", "));
        }
    }

    /**
     * A fresh month of a generated fleet of {@code size} clusters; returns its
     * configuration.
     */
    private static Path generate(Path fleet, int size, Map<String, String> options) throws IOException {
        deleteTree(fleet);
        return new SampleFleetGenerator(7, size, Integer.parseInt(options.get("teams")), 31, END,
                Integer.parseInt(options.get("workloads")))
            .write(fleet);
    }

    /** Each fleet as N shard processes side by side, then the reports run. */
    private static void sharded(Map<String, String> options, List<Integer> sizes, int shards, List<String> java,
            String javaOptions, Path work) throws Exception {
        System.out.println("| clusters | rows | shards | all shards s | each shard: s, peak RSS MB | reports s | "
                + "reports peak RSS MB |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (int size : sizes) {
            Path fleet = work.resolve("fleet-" + size);
            Path config = generate(fleet, size, options);
            long rows = csvRows(fleet);
            settle();
            Path out = fleet.resolve("out");
            long start = System.nanoTime();
            List<CompletableFuture<Result>> running = new ArrayList<>();
            for (int shard = 0; shard < shards; shard++) {
                List<String> arguments = List.of("--kubeledger.phase=compute", "--kubeledger.shard.count=" + shards,
                        "--kubeledger.shard.index=" + shard,
                        "--spring.datasource.url=jdbc:h2:file:" + out.resolve("state/shard-" + shard));
                running.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        return runJob(java, javaOptions, config, out, options.get("heap"), arguments);
                    }
                    catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }));
            }
            List<Result> computed = running.stream().map(CompletableFuture::join).toList();
            double allShards = Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0;
            Result reports = runJob(java, javaOptions, config, out, options.get("heap"),
                    List.of("--kubeledger.phase=reports", "--kubeledger.shard.count=" + shards,
                            "--spring.datasource.url=jdbc:h2:file:" + out.resolve("state/reports")));
            System.out.printf(Locale.ROOT, "| %d | %,d | %d | %.1f | %s | %.1f | %d |%n", size, rows, shards, allShards,
                    computed.stream()
                        .map(shard -> String.format(Locale.ROOT, "%.1f s, %d", shard.seconds(), shard.peakRssMb()))
                        .collect(Collectors.joining("; ")),
                    reports.seconds(), reports.peakRssMb());
        }
    }

    /**
     * The job as {@code cron/Dockerfile} runs it: Spring Boot's extracted layout and an
     * AOT cache of the classes one run on the bundled sample loads.
     */
    private static List<String> asTheImageRunsIt(String java, Path jar, Path work) throws Exception {
        Path app = work.resolve("app");
        StartCache cache = StartCache.of(featureVersion(java), work);
        deleteTree(app);
        Files.deleteIfExists(cache.file());
        run(List.of(java, "-Djarmode=tools", "-jar", jar.toString(), "extract", "--destination", app.toString()));
        Path samples = projectRoot().resolve("samples");
        Path sampleOut = work.resolve("sample-out");
        deleteTree(sampleOut);
        run(List.of(java, cache.make() + cache.file(), "-jar", app.resolve("kubeledger.jar").toString(),
                "--spring.config.additional-location=file:" + samples.resolve("kubeledger.yaml"),
                "--kubeledger.local-root=" + samples, "--kubeledger.output-dir=" + sampleOut, "reportDate=" + END));
        return List.of(java, cache.use() + cache.file(), "-jar", app.resolve("kubeledger.jar").toString());
    }

    /**
     * The options that make and use a JVM's start-up cache: an AOT cache from Java 25, a
     * class-data archive before.
     */
    private record StartCache(String make, String use, Path file) {
        static StartCache of(int javaVersion, Path work) {
            return javaVersion >= 25
                    ? new StartCache("-XX:AOTCacheOutput=", "-XX:AOTCache=", work.resolve("kubeledger.aot"))
                    : new StartCache("-XX:ArchiveClassesAtExit=", "-XX:SharedArchiveFile=",
                            work.resolve("kubeledger.jsa"));
        }
    }

    /**
     * A JVM's feature version, from the first line of {@code java --version}: "openjdk
     * 25.0.3 2026-04-21 LTS".
     */
    private static int featureVersion(String java) throws Exception {
        Process process = new ProcessBuilder(java, "--version").redirectErrorStream(true).start();
        String first;
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            first = output.readLine();
            output.transferTo(Writer.nullWriter());
        }
        if (process.waitFor() != 0 || first == null) {
            throw new IllegalStateException("failed: " + java + " --version");
        }
        return Runtime.Version.parse(first.split(" ")[1]).feature();
    }

    /**
     * The JVM options the CronJob gives the job (its heap aside, which {@code --heap}
     * sets).
     */
    private static String deployedJavaOptions() throws Exception {
        Path cronJob = projectRoot().resolve("cron/base/nightly/cronjob.yaml");
        List<String> lines = Files.readAllLines(cronJob);
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (lines.get(i).strip().equals("- name: JAVA_TOOL_OPTIONS")) {
                return lines.get(i + 1).strip().replaceFirst("^value: ", "").replaceAll("-Xmx\\S+\\s*", "");
            }
        }
        throw new IllegalStateException(cronJob + " sets no JAVA_TOOL_OPTIONS");
    }

    private static void run(List<String> command) throws Exception {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("failed: " + String.join(" ", command));
        }
    }

    /** The packaged job in its own JVM, its resident memory sampled every 50 ms. */
    private static Result runJob(List<String> java, String javaOptions, Path config, Path out, String heap,
            List<String> arguments) throws Exception {
        long start = System.nanoTime();
        List<String> command = new ArrayList<>(java);
        command.add(1, "-Xmx" + heap);
        command.addAll(List.of("--spring.config.additional-location=file:" + config, "--kubeledger.output-dir=" + out,
                "reportDate=" + END));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_TOOL_OPTIONS", javaOptions);
        Process process = builder.start();
        long[] peakKb = { 0 };
        Thread sampler = new Thread(() -> {
            Path status = Path.of("/proc/" + process.pid() + "/status");
            while (process.isAlive()) {
                try {
                    for (String line : Files.readAllLines(status)) {
                        if (line.startsWith("VmHWM:")) {
                            peakKb[0] = Math.max(peakKb[0], Long.parseLong(line.replaceAll("\\D", "")));
                        }
                    }
                    Thread.sleep(50);
                }
                catch (IOException | InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        Map<String, Double> steps = new LinkedHashMap<>();
        ArrayDeque<String> lastLines = new ArrayDeque<>();
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                lastLines.addLast(line);
                if (lastLines.size() > 40) {
                    lastLines.removeFirst();
                }
                Matcher step = STEP.matcher(line);
                if (step.find()) {
                    steps.put(step.group(1).replace("Step", ""), Double.valueOf(step.group(2)));
                }
            }
        }
        if (process.waitFor() != 0) {
            throw new IllegalStateException(
                    "the job failed on " + config + "; its last lines:\n" + String.join("\n", lastLines));
        }
        sampler.join();
        double seconds = Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0;
        return new Result(seconds, peakKb[0] / 1024, steps);
    }

    /**
     * Lets the machine settle after the fleet was generated: its files written out to
     * disk (or the kernel writes them back while the job reads them) and this JVM's
     * garbage collected.
     */
    private static void settle() throws Exception {
        new ProcessBuilder("sync").inheritIO().start().waitFor();
        System.gc();
    }

    /**
     * The jar {@code mvn package} made beside the test classes, wherever Maven was
     * started from.
     */
    private static Path packagedJar() throws Exception {
        return testClasses().resolveSibling("kubeledger.jar");
    }

    private static Path projectRoot() throws Exception {
        return testClasses().getParent().getParent().getParent();
    }

    private static Path testClasses() throws Exception {
        return Path.of(Benchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /**
     * DuckDB: the same CSVs, cost per day, cluster and namespace, to Parquet. The quoting
     * is given: in a large export whose first rows quote nothing, DuckDB's sniffer took a
     * later quoted Labels JSON for extra columns.
     */
    private static double runReference(Path fleet) throws Exception {
        long start = System.nanoTime();
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = duckdb.createStatement()) {
            statement.execute("""
                    COPY (SELECT "Date" AS day, regexp_extract(filename, '([^/]+)\\.csv$', 1) AS cluster,
                                 "Namespace" AS namespace, sum(CAST("TotalCost" AS DECIMAL(38, 12))) AS cost
                          FROM read_csv('%s/blob/*/*/*.csv', union_by_name = true, all_varchar = true,
                                        quote = '"', escape = '"', filename = true)
                          GROUP BY ALL)
                    TO '%s/reference.parquet' (FORMAT parquet)""".formatted(fleet, fleet));
        }
        return Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0;
    }

    private record LakeCopy(long rows, double seconds) {
    }

    /**
     * DuckDB reading the month's chargeback lines the job wrote and writing them again,
     * every column, to one file.
     */
    private static LakeCopy copyLake(Path fleet) throws Exception {
        Path copy = fleet.resolve("lake-copy.parquet");
        long start = System.nanoTime();
        try (Connection duckdb = DriverManager.getConnection("jdbc:duckdb:");
                Statement statement = duckdb.createStatement()) {
            statement.execute("COPY (SELECT * FROM read_parquet('%s/out/lake/chargeback/*/*.parquet')) TO '%s' "
                .formatted(fleet, copy) + "(FORMAT parquet)");
            double seconds = Duration.ofNanos(System.nanoTime() - start).toMillis() / 1000.0;
            try (ResultSet count = statement.executeQuery("SELECT count(*) FROM read_parquet('%s')".formatted(copy))) {
                count.next();
                return new LakeCopy(count.getLong(1), seconds);
            }
        }
        finally {
            Files.deleteIfExists(copy);
        }
    }

    private static long csvRows(Path fleet) throws IOException {
        long rows = 0;
        for (Path csv : csvs(fleet)) {
            try (Stream<String> lines = Files.lines(csv)) {
                rows += lines.count() - 1;
            }
        }
        return rows;
    }

    private static long csvBytes(Path fleet) throws IOException {
        long bytes = 0;
        for (Path csv : csvs(fleet)) {
            bytes += Files.size(csv);
        }
        return bytes;
    }

    private static List<Path> csvs(Path fleet) throws IOException {
        try (Stream<Path> files = Files.walk(fleet.resolve("blob"))) {
            return files.filter(f -> f.toString().endsWith(".csv")).toList();
        }
    }

    private static long treeBytes(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            long bytes = 0;
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                bytes += Files.size(file);
            }
            return bytes;
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

}
