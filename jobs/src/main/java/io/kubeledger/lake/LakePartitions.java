package io.kubeledger.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.kubeledger.config.Shard;

/**
 * The lake's folder layout,
 * {@code <lake>/<dataset>/date=YYYY-MM-DD/part-<shard>.<extension>} ({@code part-00000}
 * for a run of the whole fleet), and the replace of a run's own part: the file is written
 * aside and then moved over the old one, so a reader never sees half a day. A shard
 * leaves the other shards' parts as they are, but removes those of shards beyond
 * {@code shard.count} (left by a run with more shards); a run of the whole fleet owns the
 * partition, and removes any other file (parts of an earlier sharded run).
 */
public final class LakePartitions {

    /**
     * The datasets' folder names: the lake's contract with its readers (docs/outputs.md).
     */
    public static final String CHARGEBACK = "chargeback";

    public static final String RIGHTSIZING = "rightsizing";

    public static final String LOG_TABLES = "log-tables";

    public static final String COMPLIANCE = "compliance";

    public static final String COMPUTE = "compute";

    public static final String PARQUET = "parquet";

    private final Path lakeRoot;

    private final Shard shard;

    public LakePartitions(Path lakeRoot, Shard shard) {
        this.lakeRoot = lakeRoot;
        this.shard = shard;
    }

    /** Whether the run owns whole partitions: it is the only shard. */
    public boolean wholeFleet() {
        return shard.count() == 1;
    }

    /**
     * Whether a partition's file is the part of a shard beyond {@code shard.count}, to be
     * removed.
     */
    public boolean isBeyondShardCount(String fileName) {
        return shard.isBeyondCount(fileName);
    }

    /** A shard's file of a day's partition of a dataset. */
    public static Path part(Path lakeRoot, String dataset, LocalDate day, int shard, String extension) {
        return lakeRoot.resolve(dataset).resolve("date=" + day).resolve(Shard.partFile(shard, extension));
    }

    /**
     * Replaces this shard's part of the day's partition with the file {@code writeFile}
     * writes to the path given.
     */
    public Path replace(String dataset, LocalDate day, String extension, Consumer<Path> writeFile) {
        Path file = part(lakeRoot, dataset, day, shard.index(), extension);
        Path staging = file.resolveSibling("." + file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(staging);
            writeFile.accept(staging);
            Files.move(staging, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            try (Stream<Path> others = Files.list(file.getParent())) {
                for (Path other : others.filter(other -> !other.equals(file)).toList()) {
                    if (wholeFleet() || shard.isBeyondCount(other.getFileName().toString())) {
                        Files.deleteIfExists(other);
                    }
                }
            }
            return file;
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + file, e);
        }
    }

}
