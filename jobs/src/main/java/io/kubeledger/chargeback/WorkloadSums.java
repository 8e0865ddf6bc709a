package io.kubeledger.chargeback;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * The run's workload sums (day × cluster × namespace × owner), handed from the clusters' partitions to the
 * {@code chargebackStep} in memory. A run is one process that starts afresh (a run killed half-way is run again
 * whole), so they need no trip through the database: that trip was a fifth of the run's time. They take about 200
 * bytes each: some 90 MB for a month of 40 clusters with 300 namespaces and owners each.
 */
public final class WorkloadSums implements StepExecutionListener {

    /**
     * The order the chargeback takes a day's sums in, so that its ties (and so its rounding) fall the same every run:
     * by cluster, namespace and owner ({@link TeamAssignment#ORDER}).
     */
    static final Comparator<ChargeLine> ORDER = Comparator.comparing(ChargeLine::cluster)
            .thenComparing(ChargeLine::namespace)
            .thenComparing(ChargeLine::team)
            .thenComparing(ChargeLine::allocation)
            .thenComparing(ChargeLine::costCenter, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(ChargeLine::teamRegistered);

    private final Map<LocalDate, List<ChargeLine>> byDay = new ConcurrentHashMap<>();

    /** The {@code allocationStep} starts with none: a run's sums are its own. */
    @Override
    public void beforeStep(StepExecution stepExecution) {
        byDay.clear();
    }

    /** Keeps a cluster's sums; the clusters' partitions add theirs concurrently. */
    void add(List<ChargeLine> cluster) {
        for (ChargeLine line : cluster) {
            List<ChargeLine> day = byDay.computeIfAbsent(line.day(), d -> new ArrayList<>());
            synchronized (day) {
                day.add(line);
            }
        }
    }

    /** A day's sums of every cluster, in {@link #ORDER}. */
    List<ChargeLine> day(LocalDate day) {
        List<ChargeLine> lines = byDay.getOrDefault(day, List.of());
        List<ChargeLine> ordered;
        synchronized (lines) {
            ordered = new ArrayList<>(lines);
        }
        ordered.sort(ORDER);
        return ordered;
    }

    /** Lets go of the sums once the chargeback has taken them. */
    void release() {
        byDay.clear();
    }
}
