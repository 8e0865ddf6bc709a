package io.kubeledger.rightsizing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.function.DoubleFunction;
import java.util.function.Function;

import io.kubeledger.config.KubeledgerProperties.MonitorWorkspace;
import io.kubeledger.run.DayRange;
import io.kubeledger.source.PromAnswerTooLargeException;
import io.kubeledger.source.PromQuery;
import io.kubeledger.source.PromSeries;
import io.kubeledger.source.PrometheusSource;

/**
 * Reads a cluster's containers' raw usage over the lookback from its monitor workspace:
 * for each day, one instant query per figure at the day's end, each over that day only (a
 * bounded window and one cluster per query, within the service's limits; the answers hold
 * a series per pod-container, read as they stream in). A query the service refuses for
 * its size is asked again namespace by namespace, whose series are the same, apart.
 *
 * <p>
 * A percentile of a whole lookback cannot be made of daily ones; the highest daily
 * percentile is never below it (if every day had fewer than 5 % of its samples above a
 * value, so would the lookback), so the recommendation it sizes is never below the
 * observed percentile. The highest working set of the lookback is the highest daily one,
 * exactly.
 */
public final class ObservedUsage {

    private final PrometheusSource source;

    private final int cpuPercentile;

    public ObservedUsage(PrometheusSource source, int cpuPercentile) {
        this.source = source;
        this.cpuPercentile = cpuPercentile;
    }

    /**
     * Each pod-container's figures over the days, in the cluster's series; a refused
     * query asked again for each of {@code namespaces} (those of the cluster's export).
     */
    public Map<PodContainer, ObservedPeaks> read(MonitorWorkspace workspace, String cluster, DayRange days,
            SortedSet<String> namespaces) {
        Map<PodContainer, ObservedPeaks> peaks = new HashMap<>();
        Asking asking = new Asking(workspace, cluster, namespaces, peaks);
        for (LocalDate day : days.days()) {
            asking.figure(day, "cpu",
                    containers -> "max by (namespace, pod, container) (quantile_over_time(" + cpuPercentile / 100.0
                            + ", rate(container_cpu_usage_seconds_total{" + containers + "}[5m])[1d:5m]))",
                    value -> new ObservedPeaks(value, 0, 0, 0, 0));
            asking.figure(day, "memory",
                    containers -> "max by (namespace, pod, container) (max_over_time("
                            + "container_memory_working_set_bytes{" + containers + "}[1d]))",
                    value -> new ObservedPeaks(0, value, 0, 0, 0));
            asking.figure(day, "oom-killed",
                    containers -> "max by (namespace, pod, container) (max_over_time("
                            + "kube_pod_container_status_last_terminated_reason{" + containers
                            + ", reason=\"OOMKilled\"}[1d])) > 0",
                    value -> new ObservedPeaks(0, 0, 1, 0, 0));
            asking.figure(day, "throttled-periods",
                    containers -> "sum by (namespace, pod, container) (increase("
                            + "container_cpu_cfs_throttled_periods_total{" + containers + "}[1d]))",
                    value -> new ObservedPeaks(0, 0, 0, value, 0));
            asking.figure(day, "periods",
                    containers -> "sum by (namespace, pod, container) (increase(container_cpu_cfs_periods_total{"
                            + containers + "}[1d]))",
                    value -> new ObservedPeaks(0, 0, 0, 0, value));
        }
        return peaks;
    }

    /** The questions of one cluster, and where their answers go. */
    private final class Asking {

        private final MonitorWorkspace workspace;

        private final String cluster;

        private final SortedSet<String> namespaces;

        private final Map<PodContainer, ObservedPeaks> peaks;

        /** The label matchers of the cluster's containers. */
        private final String containers;

        Asking(MonitorWorkspace workspace, String cluster, SortedSet<String> namespaces,
                Map<PodContainer, ObservedPeaks> peaks) {
            this.workspace = workspace;
            this.cluster = cluster;
            this.namespaces = namespaces;
            this.peaks = peaks;
            this.containers = "cluster=\"" + PromQuery.escape(cluster) + "\", container!=\"\", container!=\"POD\"";
        }

        /**
         * A figure of the day: {@code promql} of the label matchers of the containers
         * asked about (the cluster's, or one namespace's of it).
         */
        void figure(LocalDate day, String figure, Function<String, String> promql,
                DoubleFunction<ObservedPeaks> figures) {
            try {
                ask(day, cluster + "/" + day + "/" + figure, promql.apply(containers), figures);
            }
            catch (PromAnswerTooLargeException refused) {
                for (String namespace : namespaces) {
                    ask(day, cluster + "/" + day + "/" + figure + "/" + namespace,
                            promql.apply(containers + ", namespace=\"" + PromQuery.escape(namespace) + "\""), figures);
                }
            }
        }

        private void ask(LocalDate day, String name, String promql, DoubleFunction<ObservedPeaks> figures) {
            PromQuery query = new PromQuery(name, promql, day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
            source.query(workspace, query,
                    (PromSeries series) -> peaks.merge(
                            new PodContainer(series.label("namespace"), series.label("pod"), series.label("container")),
                            figures.apply(series.value()), ObservedPeaks::and));
        }

    }

}
