package io.kubeledger.sample;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

import io.kubeledger.OpenMetricsText;

/**
 * The first cluster's monitor workspace: the answers of the job's PromQL queries
 * ({@code rightsizing.ObservedUsage}) for each day of the sample, in the Prometheus HTTP
 * API's format, for the pods of the checkout and payments namespaces (the rest of the
 * cluster's containers have no series, and stay on OpenCost's daily averages). Each pod's
 * day has the daily averages of its export row: a {@code -svc-2} controller's CPU comes
 * in bursts (a fifth of each day at 3.6 times its average, the rest at 0.35 times: its
 * 5-minute p95 is 3.6 times its daily average), throttled by its limit during them; a
 * {@code -svc-1} controller's memory doubles for ten minutes on every seventh day of a
 * month; {@code payments-svc-3} is OOM-killed on the sample's last two days. The same
 * pattern as OpenMetrics text ({@link #openMetrics}), with a node's series of no
 * namespace, which the samples each namespace stored count too, is what {@code
 * SamplePrometheusEndToEndTests} loads into a real Prometheus to check these answers
 * against real PromQL.
 */
public final class SamplePrometheusWriter {

    public static final List<String> NAMESPACES = List.of("checkout", "payments");

    private static final double BURST_SHARE = 0.2;

    private static final double BURST = 3.6;

    private static final double BETWEEN_BURSTS = 0.35;

    /** CFS periods a second, and those throttled during a burst. */
    private static final double PERIODS = 10;

    private static final double THROTTLED_IN_BURSTS = 2;

    /** Samples half a minute past each minute: none falls on midnight, a day's edge. */
    private static final int OFFSET = 30;

    private static final int MINUTES_A_DAY = 1440;

    /**
     * The minutes a series that stopped the day before is still seen the next (00:00 to
     * 00:04): a sample stays current for 5 minutes, and the last one is at 23:59:30.
     */
    private static final int MINUTES_SEEN_AFTER_STOPPING = 5;

    /**
     * A series of the cluster's with no namespace label, for the samples of no namespace.
     */
    private static final String NODE_SERIES = "kube_node_status_capacity";

    /** A pod-container's day as its export row has it. */
    public record PodDay(LocalDate day, String namespace, String controller, String pod, String container,
            double cpuCores, double ramBytes) {

        boolean bursty() {
            return controller.endsWith("-svc-2");
        }

        boolean memorySpike() {
            return controller.endsWith("-svc-1") && day.getDayOfMonth() % 7 == 0;
        }

        String labels(String cluster) {
            return "cluster=\"" + cluster + "\",namespace=\"" + namespace + "\",pod=\"" + pod + "\",container=\""
                    + container + "\"";
        }
    }

    private final String cluster;

    private final String workspace;

    private final LocalDate end;

    public SamplePrometheusWriter(String cluster, String workspace, LocalDate end) {
        this.cluster = cluster;
        this.workspace = workspace;
        this.end = end;
    }

    boolean oomKilled(PodDay podDay) {
        return podDay.controller().equals("payments-svc-3") && podDay.day().isAfter(end.minusDays(2));
    }

    /**
     * Writes {@code prometheus/<workspace>/<cluster>/<day>/<figure>.json} under the
     * snapshot root for each of {@code days} (an empty vector where no pod of those
     * namespaces ran).
     */
    void write(Path root, List<LocalDate> days, List<PodDay> podDays) throws IOException {
        Map<LocalDate, List<PodDay>> byDay = new TreeMap<>();
        days.forEach(day -> byDay.put(day, new ArrayList<>()));
        podDays.forEach(p -> byDay.computeIfAbsent(p.day(), d -> new ArrayList<>()).add(p));
        for (Map.Entry<LocalDate, List<PodDay>> day : byDay.entrySet()) {
            List<PodDay> pods = day.getValue();
            long time = day.getKey().plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
            long halfAMinuteBefore = time - 30;
            Path folder = root.resolve("prometheus")
                .resolve(workspace)
                .resolve(cluster)
                .resolve(day.getKey().toString());
            Files.createDirectories(folder);
            answer(folder.resolve("cpu.json"), time, pods, p -> p.bursty() ? p.cpuCores() * BURST : p.cpuCores());
            answer(folder.resolve("memory.json"), time, pods, p -> p.memorySpike() ? p.ramBytes() * 2 : p.ramBytes());
            answer(folder.resolve("oom-killed.json"), time, pods.stream().filter(this::oomKilled).toList(), p -> 1);
            List<PodDay> throttled = pods.stream().filter(PodDay::bursty).toList();
            answer(folder.resolve("throttled-periods.json"), time, throttled,
                    p -> THROTTLED_IN_BURSTS * BURST_SHARE * 86_400);
            answer(folder.resolve("periods.json"), time, throttled, p -> PERIODS * 86_400);
            samples(folder.resolve("samples.json"), halfAMinuteBefore, series(pods),
                    series(byDay.getOrDefault(day.getKey().minusDays(1), List.of())));
        }
    }

    /**
     * The minutes of series each namespace had on the day, as the job's query counts them
     * (00:00 to 23:59): each series of the day from its first sample at 00:00:30, and
     * from 00:00 where it ran the day before too; each of the day before that stopped,
     * its first minutes; and the node series of no namespace, all day.
     */
    private static void samples(Path file, long time, Map<String, String> today, Map<String, String> yesterday)
            throws IOException {
        Map<String, Long> byNamespace = new TreeMap<>();
        today.forEach((series, namespace) -> byNamespace.merge(namespace,
                (long) MINUTES_A_DAY - (yesterday.containsKey(series) ? 0 : 1), Long::sum));
        yesterday.forEach((series, namespace) -> {
            if (!today.containsKey(series)) {
                byNamespace.merge(namespace, (long) MINUTES_SEEN_AFTER_STOPPING, Long::sum);
            }
        });
        List<String> series = new ArrayList<>();
        series.add(String.format(Locale.ROOT, "{\"metric\":{},\"value\":[%d,\"%d\"]}", time, MINUTES_A_DAY));
        byNamespace.forEach((namespace, count) -> series.add(String.format(Locale.ROOT,
                "{\"metric\":{\"namespace\":\"%s\"},\"value\":[%d,\"%d\"]}", namespace, time, count)));
        Files.writeString(file, "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
                + String.join(",", series) + "]}}\n", StandardCharsets.UTF_8);
    }

    /**
     * The pods' series of a day, each with its namespace: CPU and memory, CFS periods
     * when bursty, the OOM kill's status when killed.
     */
    private Map<String, String> series(List<PodDay> pods) {
        Map<String, String> series = new TreeMap<>();
        for (PodDay pod : pods) {
            List<String> names = new ArrayList<>(
                    List.of("container_cpu_usage_seconds_total", "container_memory_working_set_bytes"));
            if (pod.bursty()) {
                names.addAll(List.of("container_cpu_cfs_periods_total", "container_cpu_cfs_throttled_periods_total"));
            }
            if (oomKilled(pod)) {
                names.add("kube_pod_container_status_last_terminated_reason");
            }
            names.forEach(name -> series.put(name + "{" + pod.labels(cluster) + "}", pod.namespace()));
        }
        return series;
    }

    private static void answer(Path file, long time, List<PodDay> pods, ToDoubleFunction<PodDay> value)
            throws IOException {
        List<String> series = new ArrayList<>();
        for (PodDay pod : pods) {
            series.add(String.format(Locale.ROOT,
                    "{\"metric\":{\"container\":\"%s\",\"namespace\":\"%s\",\"pod\":\"%s\"},\"value\":[%d,\"%s\"]}",
                    pod.container(), pod.namespace(), pod.pod(), time, number(value.applyAsDouble(pod))));
        }
        Files.writeString(file, "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":["
                + String.join(",", series) + "]}}\n", StandardCharsets.UTF_8);
    }

    /**
     * A sample's value as Prometheus writes it: the shortest decimal that reads back the
     * same.
     */
    private static String number(double value) {
        String text = Double.toString(value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /**
     * The metrics behind the answers of {@code days}, as OpenMetrics text a minute apart,
     * for a real Prometheus.
     */
    public String openMetrics(List<PodDay> podDays, List<LocalDate> days) {
        List<PodDay> chosen = podDays.stream().filter(p -> days.contains(p.day())).toList();
        OpenMetricsText text = new OpenMetricsText(
                days.get(0).atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(OFFSET),
                days.get(days.size() - 1).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), 60);
        Map<String, List<PodDay>> byContainer = new TreeMap<>();
        chosen.forEach(p -> byContainer.computeIfAbsent(p.labels(cluster), k -> new ArrayList<>()).add(p));
        byContainer.forEach((labels, pods) -> text.counter("container_cpu_usage_seconds_total", labels,
                t -> at(pods, t) == null ? Double.NaN : cpuAt(at(pods, t), t)));
        byContainer.forEach((labels, pods) -> text.counter("container_cpu_cfs_periods_total", labels,
                t -> at(pods, t) == null || !at(pods, t).bursty() ? Double.NaN : PERIODS));
        byContainer.forEach((labels, pods) -> text.counter("container_cpu_cfs_throttled_periods_total", labels,
                t -> at(pods, t) == null || !at(pods, t).bursty() ? Double.NaN : inBurst(t) ? THROTTLED_IN_BURSTS : 0));
        byContainer.forEach((labels, pods) -> text.gauge("container_memory_working_set_bytes", labels,
                t -> at(pods, t) == null ? Double.NaN : memoryAt(at(pods, t), t)));
        byContainer.forEach((labels, pods) -> text.gauge("kube_pod_container_status_last_terminated_reason",
                labels + ",reason=\"OOMKilled\"",
                t -> at(pods, t) == null || !oomKilled(at(pods, t)) ? Double.NaN : 1));
        text.gauge(NODE_SERIES, "cluster=\"" + cluster + "\",node=\"aks-system-0\",resource=\"cpu\"", t -> 4);
        return text.text();
    }

    private static PodDay at(List<PodDay> pods, long time) {
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(time, 86_400));
        return pods.stream().filter(p -> p.day().equals(day)).findFirst().orElse(null);
    }

    /** 32 minutes of bursts in every 160, nine times a day: a fifth of each day. */
    private static boolean inBurst(long time) {
        return Math.floorMod(time / 60, 160) < 160 * BURST_SHARE;
    }

    private static double cpuAt(PodDay pod, long time) {
        if (!pod.bursty()) {
            return pod.cpuCores();
        }
        return pod.cpuCores() * (inBurst(time) ? BURST : BETWEEN_BURSTS);
    }

    private static double memoryAt(PodDay pod, long time) {
        long secondOfDay = Math.floorMod(time, 86_400);
        boolean spike = pod.memorySpike() && secondOfDay >= 12 * 3600 && secondOfDay < 12 * 3600 + 600;
        return spike ? pod.ramBytes() * 2 : pod.ramBytes();
    }

}
