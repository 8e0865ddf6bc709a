package io.kubeledger.rightsizing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;

import io.kubeledger.config.KubeledgerProperties.MonitorWorkspace;
import io.kubeledger.run.DayRange;
import io.kubeledger.source.PromQuery;
import io.kubeledger.source.PromSeries;
import io.kubeledger.source.PrometheusSource;

/**
 * Reads a cluster's containers' raw usage over the lookback from its monitor workspace:
 * for each day, one instant query per figure at the day's end, each over that day only (a
 * bounded window and one cluster per query, within the service's limits; the answers hold
 * a series per pod-container, read as they stream in).
 *
 * <p>
 * A percentile of a whole lookback cannot be made of daily ones; the highest daily
 * percentile is never below it (if every day had fewer than 5 % of its samples above a
 * value, so would the lookback), so the recommendation it sizes is never below the
 * observed percentile. The highest working set of the lookback is the highest daily one,
 * exactly.
 */
public final class ObservedUsage {

    private static final String CONTAINERS = "cluster=\"%s\", container!=\"\", container!=\"POD\"";

    private final PrometheusSource source;

    private final int cpuPercentile;

    public ObservedUsage(PrometheusSource source, int cpuPercentile) {
        this.source = source;
        this.cpuPercentile = cpuPercentile;
    }

    /** Each pod-container's figures over the days, in the cluster's series. */
    public Map<PodContainer, ObservedPeaks> read(MonitorWorkspace workspace, String cluster, DayRange days) {
        Map<PodContainer, ObservedPeaks> peaks = new HashMap<>();
        String containers = String.format(Locale.ROOT, CONTAINERS, PromQuery.escape(cluster));
        for (LocalDate day : days.days()) {
            add(peaks, workspace, cluster, day, "cpu",
                    String.format(Locale.ROOT,
                            "max by (namespace, pod, container) (quantile_over_time(%s, "
                                    + "rate(container_cpu_usage_seconds_total{%s}[5m])[1d:5m]))",
                            cpuPercentile / 100.0, containers),
                    value -> new ObservedPeaks(value, 0, 0, 0, 0));
            add(peaks, workspace, cluster, day, "memory",
                    "max by (namespace, pod, container) (max_over_time(container_memory_working_set_bytes{" + containers
                            + "}[1d]))",
                    value -> new ObservedPeaks(0, value, 0, 0, 0));
            add(peaks, workspace, cluster, day, "oom-killed",
                    "max by (namespace, pod, container) (max_over_time("
                            + "kube_pod_container_status_last_terminated_reason{cluster=\"" + PromQuery.escape(cluster)
                            + "\", reason=\"OOMKilled\"}[1d])) > 0",
                    value -> new ObservedPeaks(0, 0, 1, 0, 0));
            add(peaks, workspace, cluster, day, "throttled-periods",
                    "sum by (namespace, pod, container) (increase(container_cpu_cfs_throttled_periods_total{"
                            + containers + "}[1d]))",
                    value -> new ObservedPeaks(0, 0, 0, value, 0));
            add(peaks, workspace, cluster, day, "periods",
                    "sum by (namespace, pod, container) (increase(container_cpu_cfs_periods_total{" + containers
                            + "}[1d]))",
                    value -> new ObservedPeaks(0, 0, 0, 0, value));
        }
        return peaks;
    }

    private void add(Map<PodContainer, ObservedPeaks> peaks, MonitorWorkspace workspace, String cluster, LocalDate day,
            String figure, String promql, DoubleFunction<ObservedPeaks> figures) {
        PromQuery query = new PromQuery(cluster + "/" + day + "/" + figure, promql,
                day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        source.query(workspace, query,
                (PromSeries series) -> peaks.merge(
                        new PodContainer(series.label("namespace"), series.label("pod"), series.label("container")),
                        figures.apply(series.value()), ObservedPeaks::and));
    }

}
