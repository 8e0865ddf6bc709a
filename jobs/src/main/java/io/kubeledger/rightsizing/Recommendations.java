package io.kubeledger.rightsizing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The run's recommendations, for the lake: the containers', judged as each cluster's
 * export is read, and the table plans', judged by the {@code tablePlanStep}. Job-scoped,
 * like every hand-off of a run's data between its steps.
 */
public class Recommendations {

    /** Biggest saving first; ties by container, so that every run lists them alike. */
    public static final Comparator<ContainerRecommendation> BIGGEST_SAVING_FIRST = Comparator
        .comparing(ContainerRecommendation::monthlySavings, Comparator.reverseOrder())
        .thenComparing(r -> r.key().cluster())
        .thenComparing(r -> r.key().namespace())
        .thenComparing(r -> r.key().controllerKind())
        .thenComparing(r -> r.key().controller())
        .thenComparing(r -> r.key().container());

    /** Biggest saving first; ties by workspace and table. */
    public static final Comparator<TablePlanRecommendation> BIGGEST_TABLE_SAVING_FIRST = Comparator
        .comparing(TablePlanRecommendation::monthlySavings, Comparator.reverseOrder())
        .thenComparing(r -> r.usage().workspaceResourceId())
        .thenComparing(r -> r.usage().table());

    private final Queue<ContainerRecommendation> containers = new ConcurrentLinkedQueue<>();

    private volatile List<TablePlanRecommendation> tables = List.of();

    /**
     * Keeps a cluster's container recommendations; the clusters' partitions add theirs
     * concurrently.
     */
    public void addContainers(List<ContainerRecommendation> recommendations) {
        containers.addAll(recommendations);
    }

    void keepTables(List<TablePlanRecommendation> recommendations) {
        List<TablePlanRecommendation> sorted = new ArrayList<>(recommendations);
        sorted.sort(BIGGEST_TABLE_SAVING_FIRST);
        tables = List.copyOf(sorted);
    }

    /** The run's container recommendations, biggest saving first. */
    public List<ContainerRecommendation> containers() {
        List<ContainerRecommendation> recommendations = new ArrayList<>(containers);
        recommendations.sort(BIGGEST_SAVING_FIRST);
        return recommendations;
    }

    /** The run's table plan recommendations, biggest saving first. */
    public List<TablePlanRecommendation> tables() {
        return tables;
    }

}
