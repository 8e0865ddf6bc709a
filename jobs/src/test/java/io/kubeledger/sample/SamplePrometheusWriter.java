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
 * pattern as OpenMetrics text ({@link #openMetrics}) is what {@code
 * SamplePrometheusEndToEndTests} loads into a real Prometheus to check these answers
 * against real PromQL.
 */
public final class SamplePrometheusWriter {

    static final List<String> NAMESPACES = List.of("checkout", "payments");

    private static final double BURST_SHARE = 0.2;

    private static final double BURST = 3.6;

    private static final double BETWEEN_BURSTS = 0.35;

    /** CFS periods a second, and those throttled during a burst. */
    private static final double PERIODS = 10;

    private static final double THROTTLED_IN_BURSTS = 2;

    /** Samples half a minute past each minute: none falls on midnight, a day's edge. */
    private static final int OFFSET = 30;

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
        }
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
