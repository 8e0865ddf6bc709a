package io.kubeledger.ingest;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Keeps bad rows verbatim, one JSON object a line ({@code file}, {@code line},
 * {@code reason}, {@code row}), so that nothing read is lost. A run rewrites its own
 * file, so a rerun does not repeat the rows of the run before. Each cluster's partition
 * has a writer of its own ({@code ExportQuarantine}), and side-by-side log queries hold
 * their rows until one thread writes them ({@link HeldQuarantine}); the lock still keeps
 * each entry whole.
 */
public class QuarantineWriter implements Quarantine, AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;

    private BufferedWriter out;

    private long count;

    public QuarantineWriter(Path file) {
        this.file = file;
        try {
            Files.deleteIfExists(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot clear the quarantine file " + file, e);
        }
    }

    @Override
    public synchronized void quarantine(String source, long lineNumber, String reason, String row) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("file", source);
        entry.put("line", lineNumber);
        entry.put("reason", reason);
        entry.put("row", row);
        try {
            if (out == null) {
                Files.createDirectories(file.getParent());
                out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            }
            out.write(JSON.writeValueAsString(entry));
            out.newLine();
            out.flush();
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot write the quarantine file " + file, e);
        }
        count++;
    }

    public synchronized long count() {
        return count;
    }

    @Override
    public synchronized void close() {
        if (out != null) {
            try {
                out.close();
            }
            catch (IOException e) {
                throw new UncheckedIOException("cannot close the quarantine file " + file, e);
            }
            out = null;
        }
    }

}
