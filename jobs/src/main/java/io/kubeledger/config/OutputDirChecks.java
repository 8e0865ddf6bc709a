package io.kubeledger.config;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Whether the job can write under {@code kubeledger.output-dir}: a folder it may write,
 * without a symbolic link out of it.
 */
final class OutputDirChecks {

    private OutputDirChecks() {
    }

    /**
     * Why the job could not write under the folder, if it could not: it is a file, or it
     * cannot be made or written.
     */
    static Optional<String> unusableOutputDir(Path outputDir) {
        Path existing = outputDir.toAbsolutePath();
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null || !Files.isDirectory(existing)) {
            return Optional.of((existing == null ? outputDir : existing) + " is not a folder");
        }
        if (!Files.isWritable(existing)) {
            return Optional.of(existing + " cannot be written to");
        }
        return existing.equals(outputDir.toAbsolutePath()) ? linkOut(existing) : Optional.empty();
    }

    /**
     * A symbolic link inside the output folder that leads out of it, if there is one: the
     * job writes and deletes files under the folder, and through such a link it would
     * write statements elsewhere, or delete a file there.
     */
    private static Optional<String> linkOut(Path outputDir) {
        try (Stream<Path> entries = Files.walk(outputDir)) {
            Path root = outputDir.toRealPath();
            return entries.filter(Files::isSymbolicLink)
                .filter(link -> !leadsInto(link, root))
                .findFirst()
                .map(link -> link + " is a symbolic link out of the output folder: the job never writes through "
                        + "one; remove it");
        }
        catch (IOException | UncheckedIOException e) {
            return Optional.of(outputDir + " cannot be read: " + e.getMessage());
        }
    }

    private static boolean leadsInto(Path link, Path root) {
        try {
            return link.toRealPath().startsWith(root);
        }
        catch (IOException e) {
            return false;
        }
    }

}
