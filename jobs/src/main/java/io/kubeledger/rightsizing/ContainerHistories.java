package io.kubeledger.rightsizing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import io.kubeledger.ingest.Allocation;

/**
 * The pod-days of one cluster's containers over the containers' lookback, gathered while
 * its export is read and judged when it ends. A container's pods all run in its cluster,
 * so one cluster's histories are complete on their own, and memory grows with the largest
 * cluster, not with the fleet.
 */
public final class ContainerHistories {

    /**
     * By day, then pod; one comparison, not a chain of key extractors (a container's
     * pod-days are sorted often).
     */
    private static final Comparator<PodDay> OLDEST_FIRST = (a, b) -> {
        int byDay = a.sample().day().compareTo(b.sample().day());
        return byDay != 0 ? byDay : a.pod().compareTo(b.pod());
    };

    private record PodDay(String pod, String team, ContainerSample sample) {
    }

    /**
     * What judging a cluster's containers gave: a recommendation for each judged, and how
     * many were seen.
     */
    public record Judged(List<ContainerRecommendation> recommendations, long seen) {

        public long notJudged() {
            return seen - recommendations.size();
        }
    }

    private final Map<ContainerKey, List<PodDay>> histories = new HashMap<>();

    /**
     * The days of each container with a pod whose figures are unknown: a day's peak is
     * its busiest pod's, so a day missing a pod would understate it, and the day is left
     * out whole.
     */
    private final Map<ContainerKey, Set<LocalDate>> unknownDays = new HashMap<>();

    private long rowsWithUnknownFigures;

    /**
     * The container each pod-container of the export belongs to: Prometheus names a pod,
     * the export its controller too.
     */
    private final Map<PodContainer, ContainerKey> containersOfPods = new HashMap<>();

    public void add(Allocation row, String team) {
        if (row.container().isEmpty() || Allocation.UNMOUNTED_NAMESPACE.equals(row.namespace())) {
            return;
        }
        ContainerKey key = new ContainerKey(row.cluster(), row.namespace(), row.controllerKind(), row.controllerName(),
                row.container());
        containersOfPods.putIfAbsent(new PodContainer(row.namespace(), row.pod(), row.container()), key);
        if (!row.figuresKnown()) {
            rowsWithUnknownFigures++;
            unknownDays.computeIfAbsent(key, k -> new HashSet<>()).add(row.day());
            return;
        }
        histories.computeIfAbsent(key, k -> new ArrayList<>())
            .add(new PodDay(row.pod(), team,
                    new ContainerSample(row.day(), row.cpuCoreUsageAverage(), row.cpuCoreRequestAverage(),
                            row.ramBytesUsageAverage(), row.ramBytesRequestAverage(),
                            row.networkReceiveBytes() + row.networkTransferBytes(), row.cpuCost(), row.ramCost())));
    }

    /** The namespaces of the containers seen, in order. */
    public SortedSet<String> namespaces() {
        SortedSet<String> namespaces = new TreeSet<>();
        histories.keySet().forEach(key -> namespaces.add(key.namespace()));
        return namespaces;
    }

    /**
     * Each container's samples oldest first (then by pod), with the team of its latest
     * sample, on OpenCost's daily averages.
     */
    public Judged judge(ContainerRightsizer rightsizer) {
        return judge(rightsizer, null);
    }

    /**
     * The same on what Prometheus saw of each pod-container ({@code observed}, of the
     * cluster's monitor workspace), its pods' figures together. A container of no series
     * there (not scraped, or its metrics dropped) stays on OpenCost's daily averages: no
     * series is no evidence that it does nothing.
     */
    public Judged judge(ContainerRightsizer rightsizer, Map<PodContainer, ObservedPeaks> observed) {
        Map<ContainerKey, ObservedPeaks> byContainer = observed == null ? null : byContainer(observed);
        List<ContainerRecommendation> recommendations = new ArrayList<>();
        histories.forEach((key, podDays) -> {
            Set<LocalDate> unknown = unknownDays.get(key);
            if (unknown != null) {
                podDays.removeIf(podDay -> unknown.contains(podDay.sample().day()));
            }
            if (podDays.isEmpty()) {
                return;
            }
            podDays.sort(OLDEST_FIRST);
            String team = podDays.get(podDays.size() - 1).team();
            rightsizer
                .recommend(key, team, podDays.stream().map(PodDay::sample).toList(),
                        byContainer == null ? null : byContainer.get(key))
                .ifPresent(recommendations::add);
        });
        Set<ContainerKey> seen = new HashSet<>(histories.keySet());
        seen.addAll(unknownDays.keySet());
        return new Judged(recommendations, seen.size());
    }

    private Map<ContainerKey, ObservedPeaks> byContainer(Map<PodContainer, ObservedPeaks> observed) {
        Map<ContainerKey, ObservedPeaks> byContainer = new HashMap<>();
        observed.forEach((pod, peaks) -> {
            ContainerKey key = containersOfPods.get(pod);
            if (key != null) {
                byContainer.merge(key, peaks, ObservedPeaks::and);
            }
        });
        return byContainer;
    }

    /** The rows left out because a usage, request or cost figure of theirs is unknown. */
    public long rowsWithUnknownFigures() {
        return rowsWithUnknownFigures;
    }

}
