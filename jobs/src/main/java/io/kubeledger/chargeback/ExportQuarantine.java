package io.kubeledger.chargeback;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Stream;

import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import io.kubeledger.ingest.QuarantineWriter;

/**
 * The run's quarantine file of export rows,
 * {@code quarantine/<reportDate>/opencost.jsonl}. Each cluster's partition writes its bad
 * rows to a part of its own, and the parts are joined in the configured order of the
 * clusters once all are done, so a rerun writes the same file however the partitions
 * interleave. It listens to the {@code exportStep}, so the file is emptied before any
 * partition starts, even when no row turns out bad.
 */
public class ExportQuarantine implements StepExecutionListener {

    private static final String FILE = "opencost.jsonl";

    private static final String PART_PREFIX = ".opencost-";

    private final Path quarantine;

    private final Map<Integer, QuarantineWriter> parts = new ConcurrentSkipListMap<>();

    private volatile Path folder;

    /**
     * @param quarantine the run's quarantine folder, where each report date has its own
     */
    public ExportQuarantine(Path quarantine) {
        this.quarantine = quarantine;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        LocalDate reportDate = stepExecution.getJobParameters().getLocalDate("reportDate");
        folder = quarantine.resolve(reportDate.toString());
        parts.clear();
        try {
            Files.deleteIfExists(folder.resolve(FILE));
            if (Files.isDirectory(folder)) {
                // A run killed half-way leaves its parts behind.
                try (Stream<Path> files = Files.list(folder)) {
                    for (Path part : files.filter(ExportQuarantine::isPart).toList()) {
                        Files.delete(part);
                    }
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot clear the quarantine folder " + folder, e);
        }
    }

    /** The quarantine of the cluster at {@code clusterIndex} of the configuration. */
    QuarantineWriter writer(int clusterIndex) {
        return parts.computeIfAbsent(clusterIndex, index -> new QuarantineWriter(part(index)));
    }

    /**
     * Joins the parts that have rows, in the clusters' order, whether the step completed
     * or failed.
     */
    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        parts.values().forEach(QuarantineWriter::close);
        try {
            for (int index : parts.keySet()) {
                Path part = part(index);
                if (Files.exists(part)) {
                    try (OutputStream out = Files.newOutputStream(folder.resolve(FILE), StandardOpenOption.CREATE,
                            StandardOpenOption.APPEND)) {
                        Files.copy(part, out);
                    }
                    Files.delete(part);
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot join the quarantine parts in " + folder, e);
        }
        parts.clear();
        return null;
    }

    private Path part(int clusterIndex) {
        return folder.resolve(PART_PREFIX + clusterIndex + ".jsonl");
    }

    private static boolean isPart(Path file) {
        return file.getFileName().toString().startsWith(PART_PREFIX);
    }

}
