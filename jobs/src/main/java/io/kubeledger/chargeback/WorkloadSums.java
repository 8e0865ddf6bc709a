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

import org.springframework.util.FileSystemUtils;

import io.kubeledger.chargeback.WorkloadSumFile.Section;

/**
 * The run's workload sums (day × cluster × namespace × owner), handed from the clusters'
 * partitions to the {@code chargebackStep} through files of the job's state folder, one
 * per cluster with a section per day ({@link WorkloadSumFile}), and an index in memory of
 * where each day's sections are. Job-scoped like every hand-off of a run's data, but on
 * disk: it is the one that grows with the fleet's rows, and on disk it leaves the heap
 * bounded by the largest cluster and one day of the fleet, whatever its size.
 */
public class WorkloadSums {

    /**
     * The order the chargeback takes a day's sums in, so that its ties (and so its
     * rounding) fall the same every run: by cluster, namespace and owner.
     */
    static final Comparator<ChargeLine> ORDER = ChargeLine.BY_CLUSTER_NAMESPACE_OWNER;

    private static final Queue<Section> EMPTY = new ConcurrentLinkedQueue<>();

    private final Path folder;

    private final AtomicInteger files = new AtomicInteger();

    private final Map<LocalDate, Queue<Section>> sections = new ConcurrentHashMap<>();

    public WorkloadSums(Path folder) {
        this.folder = folder;
    }

    /**
     * Keeps a cluster's sums, in a file of its own; the clusters' partitions add theirs
     * concurrently.
     */
    void add(String cluster, List<ChargeLine> sums) {
        SortedMap<LocalDate, List<ChargeLine>> byDay = new TreeMap<>();
        sums.forEach(line -> byDay.computeIfAbsent(line.day(), day -> new ArrayList<>()).add(line));
        WorkloadSumFile.write(folder.resolve(files.incrementAndGet() + ".sums"), cluster, byDay)
            .forEach((day, section) -> sections.computeIfAbsent(day, d -> new ConcurrentLinkedQueue<>()).add(section));
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

    /**
     * Removes the files: before the run's first sums (a run killed half-way leaves its
     * files), once the chargeback has taken them, and when the run ends, however it ends.
     */
    public void release() {
        sections.clear();
        try {
            FileSystemUtils.deleteRecursively(folder);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + folder, e);
        }
    }

}
