package io.kubeledger.chargeback;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.util.FileSystemUtils;

import io.kubeledger.chargeback.WorkloadSumFile.Section;

/**
 * The run's workload sums (day × cluster × namespace × owner), handed from the clusters' partitions to the
 * {@code chargebackStep} through files of the job's state folder, one per cluster with a section per day
 * ({@link WorkloadSumFile}), and an index in memory of where each day's sections are.
 * A run is one process that starts afresh (a run killed half-way is run again whole), so the sums need no trip through
 * the database, which was a fifth of the run's time; on disk rather than in the heap, they leave the heap bounded by
 * the largest cluster and one day of the fleet, whatever its size.
 */
public final class WorkloadSums implements StepExecutionListener {

    /**
     * The order the chargeback takes a day's sums in, so that its ties (and so its rounding) fall the same every run:
     * by cluster, namespace and owner.
     */
    static final Comparator<ChargeLine> ORDER = ChargeLine.BY_CLUSTER_NAMESPACE_OWNER;

    private static final Queue<Section> EMPTY = new ConcurrentLinkedQueue<>();

    private final Path folder;
    private final AtomicInteger files = new AtomicInteger();
    private final Map<LocalDate, Queue<Section>> sections = new ConcurrentHashMap<>();

    public WorkloadSums(Path folder) {
        this.folder = folder;
    }

    /** The {@code allocationStep} starts with none: a run's sums are its own. */
    @Override
    public void beforeStep(StepExecution stepExecution) {
        release();
    }

    /** Keeps a cluster's sums, in a file of its own; the clusters' partitions add theirs concurrently. */
    void add(String cluster, List<ChargeLine> sums) {
        SortedMap<LocalDate, List<ChargeLine>> byDay = new TreeMap<>();
        sums.forEach(line -> byDay.computeIfAbsent(line.day(), day -> new ArrayList<>()).add(line));
        WorkloadSumFile.write(folder.resolve(files.incrementAndGet() + ".sums"), cluster, byDay).forEach(
                (day, section) -> sections.computeIfAbsent(day, d -> new ConcurrentLinkedQueue<>()).add(section));
    }

    /** A day's sums of every cluster, in {@link #ORDER}. */
    List<ChargeLine> day(LocalDate day) {
        List<ChargeLine> lines = new ArrayList<>();
        for (Section section : sections.getOrDefault(day, EMPTY)) {
            lines.addAll(WorkloadSumFile.read(section, day));
        }
        lines.sort(ORDER);
        return lines;
    }

    /** Removes the files once the chargeback has taken the sums. */
    void release() {
        sections.clear();
        try {
            FileSystemUtils.deleteRecursively(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + folder, e);
        }
    }
}
