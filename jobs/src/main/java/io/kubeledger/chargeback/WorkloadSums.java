package io.kubeledger.chargeback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.util.FileSystemUtils;

/**
 * The run's workload sums (day × cluster × namespace × owner), handed from the clusters' partitions to the
 * {@code chargebackStep} through files of the job's state folder, one per cluster and day ({@link WorkloadSumFile}).
 * A run is one process that starts afresh (a run killed half-way is run again whole), so the sums need no trip through
 * the database, which was a fifth of the run's time; on disk rather than in the heap, they leave the heap bounded by
 * the largest cluster and one day of the fleet, whatever its size.
 */
public final class WorkloadSums implements StepExecutionListener {

    /**
     * The order the chargeback takes a day's sums in, so that its ties (and so its rounding) fall the same every run:
     * by cluster, namespace and owner.
     */
    static final Comparator<ChargeLine> ORDER = Comparator.comparing(ChargeLine::cluster)
            .thenComparing(ChargeLine::namespace)
            .thenComparing(ChargeLine::assignment, TeamAssignment.ORDER);

    private final Path folder;
    private final AtomicInteger files = new AtomicInteger();

    public WorkloadSums(Path folder) {
        this.folder = folder;
    }

    /** The {@code allocationStep} starts with none: a run's sums are its own. */
    @Override
    public void beforeStep(StepExecution stepExecution) {
        release();
    }

    /** Keeps a cluster's sums, a file per day; the clusters' partitions add theirs concurrently. */
    void add(String cluster, List<ChargeLine> sums) {
        Map<LocalDate, List<ChargeLine>> byDay = new TreeMap<>();
        sums.forEach(line -> byDay.computeIfAbsent(line.day(), day -> new ArrayList<>()).add(line));
        byDay.forEach((day, lines) -> WorkloadSumFile.write(dayFolder(day).resolve(files.incrementAndGet() + ".sums"),
                cluster, lines));
    }

    /** A day's sums of every cluster, in {@link #ORDER}. */
    List<ChargeLine> day(LocalDate day) {
        List<ChargeLine> lines = new ArrayList<>();
        Path dayFolder = dayFolder(day);
        if (Files.isDirectory(dayFolder)) {
            try (Stream<Path> clusters = Files.list(dayFolder)) {
                clusters.forEach(file -> lines.addAll(WorkloadSumFile.read(file, day)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dayFolder, e);
            }
        }
        lines.sort(ORDER);
        return lines;
    }

    /** Removes the files once the chargeback has taken the sums. */
    void release() {
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + folder, e);
        }
    }

    private Path dayFolder(LocalDate day) {
        return folder.resolve(day.toString());
    }
}
