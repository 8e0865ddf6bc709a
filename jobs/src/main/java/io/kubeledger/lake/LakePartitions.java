package io.kubeledger.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The lake's folder layout, {@code <lake>/<dataset>/date=YYYY-MM-DD/part-00000.parquet}, and the whole-partition
 * replace: a partition is written aside and then swapped in, so a reader never sees half a day.
 */
public final class LakePartitions {

    public static final String FILE_NAME = "part-00000.parquet";

    private final Path lakeRoot;

    public LakePartitions(Path lakeRoot) {
        this.lakeRoot = lakeRoot;
    }

    public Path partition(String dataset, LocalDate day) {
        return lakeRoot.resolve(dataset).resolve("date=" + day);
    }

    /** Replaces the partition of a day with the file {@code writeFile} writes to the path it is given. */
    public Path replace(String dataset, LocalDate day, Consumer<Path> writeFile) {
        Path partition = partition(dataset, day);
        Path staging = partition.resolveSibling(".staging-" + partition.getFileName());
        try {
            deleteTree(staging);
            Files.createDirectories(staging);
            writeFile.accept(staging.resolve(FILE_NAME));
            deleteTree(partition);
            Files.move(staging, partition, StandardCopyOption.ATOMIC_MOVE);
            return partition.resolve(FILE_NAME);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace the lake partition " + partition, e);
        }
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
