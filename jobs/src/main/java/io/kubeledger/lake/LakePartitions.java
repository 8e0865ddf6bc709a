package io.kubeledger.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.function.Consumer;

import io.kubeledger.Shard;

/**
 * The lake's folder layout, {@code <lake>/<dataset>/date=YYYY-MM-DD/part-<shard>.<extension>} ({@code part-00000} for
 * a run of the whole fleet), and the replace of a run's own part: the file is written aside and then moved over the
 * old one, so a reader never sees half a day, and the other shards' parts stay as they are.
 */
public final class LakePartitions {

    private final Path lakeRoot;
    private final int shard;

    public LakePartitions(Path lakeRoot, int shard) {
        this.lakeRoot = lakeRoot;
        this.shard = shard;
    }

    public Path partition(String dataset, LocalDate day) {
        return lakeRoot.resolve(dataset).resolve("date=" + day);
    }

    /** Replaces this shard's part of the day's partition with the file {@code writeFile} writes to the path given. */
    public Path replace(String dataset, LocalDate day, String extension, Consumer<Path> writeFile) {
        Path file = partition(dataset, day).resolve(Shard.partFile(shard, extension));
        Path staging = file.resolveSibling("." + file.getFileName() + ".tmp");
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(staging);
            writeFile.accept(staging);
            Files.move(staging, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + file, e);
        }
    }
}
