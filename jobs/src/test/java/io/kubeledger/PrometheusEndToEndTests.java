package io.kubeledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import io.kubeledger.config.KubeledgerProperties.MonitorWorkspace;
import io.kubeledger.config.RightsizingProperties.Containers;
import io.kubeledger.rightsizing.ContainerKey;
import io.kubeledger.rightsizing.ContainerRecommendation;
import io.kubeledger.rightsizing.ContainerRightsizer;
import io.kubeledger.rightsizing.ContainerSample;
import io.kubeledger.rightsizing.ObservedPeaks;
import io.kubeledger.rightsizing.ObservedUsage;
import io.kubeledger.rightsizing.PodContainer;
import io.kubeledger.rightsizing.RequestAction;
import io.kubeledger.run.DayRange;
import io.kubeledger.source.PromQuery;
import io.kubeledger.source.SourceUnavailableException;

/**
 * The rightsizing's queries against a real Prometheus (Debian's package) serving 14 days
 * of a cluster's container metrics, as a monitor workspace's query endpoint does: the
 * figures the job reads are those of real PromQL.
 */
class PrometheusEndToEndTests {

    private static final LocalDate REPORT_DATE = LocalDate.of(2026, 10, 31);

    private static final DayRange LOOKBACK = new DayRange(REPORT_DATE.minusDays(13), REPORT_DATE.plusDays(1));

    private static final double MIB = 1024 * 1024;

    private static final PodContainer API = new PodContainer("shop", "api-7d9f-1", "api");

    private static final PodContainer WORKER = new PodContainer("shop", "worker-5c4b-1", "worker");

    private static PrometheusServer prometheus;

    private static MonitorWorkspace workspace;

    @BeforeAll
    static void serveTheClustersMetrics() throws Exception {
        Instant start = LOOKBACK.start().atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = LOOKBACK.end().atStartOfDay(ZoneOffset.UTC).toInstant();
        long spike = REPORT_DATE.minusDays(6).atTime(12, 0).toEpochSecond(ZoneOffset.UTC);
        long oomKilled = REPORT_DATE.minusDays(3).atTime(6, 0).toEpochSecond(ZoneOffset.UTC);
        String api = labels(API);
        String worker = labels(WORKER);
        OpenMetricsText metrics = new OpenMetricsText(start, end, 60)
            // api: 0.1 cores, and 1 core for half an hour in every two and a half: its
            // daily average is 0.28, its 5-minute p95 is 1
            .counter("container_cpu_usage_seconds_total", api, t -> (t / 60) % 150 < 30 ? 1.0 : 0.1)
            .counter("container_cpu_usage_seconds_total", worker, t -> 0.05)
            .counter("container_cpu_cfs_periods_total", api, t -> 10)
            .counter("container_cpu_cfs_throttled_periods_total", api, t -> 1)
            // api: 200 MiB, 700 MiB for ten minutes once
            .gauge("container_memory_working_set_bytes", api, t -> (t >= spike && t < spike + 600 ? 700 : 200) * MIB)
            .gauge("container_memory_working_set_bytes", worker, t -> 300 * MIB)
            .gauge("kube_pod_container_status_last_terminated_reason", worker + ",reason=\"OOMKilled\"",
                    t -> t >= oomKilled ? 1 : Double.NaN);
        prometheus = PrometheusServer.serving(metrics.text());
        workspace = new MonitorWorkspace("amw-eu",
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Monitor/accounts/amw-eu",
                prometheus.endpoint());
    }

    @AfterAll
    static void stop() throws Exception {
        prometheus.close();
    }

    @Test
    void theContainersFiguresAreTheirRawUsagesNotTheirDailyAverages() {
        // when
        Map<PodContainer, ObservedPeaks> observed = new ObservedUsage(PrometheusServer.source(), 95).read(workspace,
                "aks-eu", LOOKBACK, new TreeSet<>(List.of("shop")));

        // then: the p95 of the 5-minute rate is the bursts' core, not the average's 0.28
        ObservedPeaks api = observed.get(API);
        assertThat(api.cpuPercentileCores()).isCloseTo(1.0, within(0.01));
        assertThat(api.ramMaxBytes()).isEqualTo(700 * MIB);
        assertThat(api.oomKilledPodDays()).isZero();
        assertThat(api.throttledShare()).isCloseTo(0.1, within(0.001));
        // the worker was OOM-killed on the last four days; cAdvisor gave it no CFS
        // periods
        ObservedPeaks worker = observed.get(WORKER);
        assertThat(worker.oomKilledPodDays()).isEqualTo(4);
        assertThat(worker.throttledShare()).isNull();
        assertThat(observed).hasSize(2);
    }

    @Test
    void aBurstyContainerIsRecommendedAtLeastItsPercentileAndAnOomKilledOneMoreMemory() {
        // given: OpenCost's daily averages of the two, under their requests
        Map<PodContainer, ObservedPeaks> observed = new ObservedUsage(PrometheusServer.source(), 95).read(workspace,
                "aks-eu", LOOKBACK, new TreeSet<>(List.of("shop")));
        ContainerRightsizer rightsizer = new ContainerRightsizer(containers(), REPORT_DATE);
        List<ContainerSample> apiDays = days(0.28, 0.5, 200 * MIB, 1024 * MIB);
        List<ContainerSample> workerDays = days(0.05, 0.5, 300 * MIB, 1024 * MIB);

        // when
        ContainerRecommendation onAverages = rightsizer.recommend(key("api"), "shop", apiDays).orElseThrow();
        ContainerRecommendation api = rightsizer.recommend(key("api"), "shop", apiDays, observed.get(API))
            .orElseThrow();
        ContainerRecommendation worker = rightsizer.recommend(key("worker"), "shop", workerDays, observed.get(WORKER))
            .orElseThrow();

        // then: the averages would leave 0.5 cores for bursts of 1; the raw usage raises
        // it
        assertThat(onAverages.cpuRecommendedCores()).isLessThan(0.5);
        assertThat(api.cpuRecommendedCores()).isGreaterThanOrEqualTo(1.0);
        assertThat(api.action()).isEqualTo(RequestAction.UPSIZE);
        assertThat(api.basis()).isEqualTo(ContainerRecommendation.PROMETHEUS);
        assertThat(api.reason()).contains("p95 of 5-minute usage 1 cores, Prometheus")
            .contains("CPU throttled in 10.0 % of its periods");
        // its memory use is far below its request, yet an OOM kill never lowers it
        assertThat(worker.ramRecommendedBytes()).isGreaterThan(1024 * MIB);
        assertThat(worker.action()).isIn(RequestAction.UPSIZE, RequestAction.RESIZE);
        assertThat(worker.reason()).contains("OOM-killed on 4 pod-day(s)");
    }

    @Test
    void aRefusedQueryFailsTheRunWithTheServersWords() {
        PromQuery wrong = new PromQuery("aks-eu/2026-10-31/cpu", "rate(container_cpu_usage_seconds_total[5m]",
                Instant.parse("2026-11-01T00:00:00Z"));

        assertThatThrownBy(() -> PrometheusServer.source().query(workspace, wrong, series -> {
        })).isInstanceOf(SourceUnavailableException.class)
            .hasMessageContaining("the PromQL query aks-eu/2026-10-31/cpu of monitor workspace amw-eu at "
                    + prometheus.endpoint() + "/api/v1/query failed: HTTP 400")
            .hasMessageContaining("bad_data");
    }

    private static String labels(PodContainer container) {
        return "cluster=\"aks-eu\",namespace=\"" + container.namespace() + "\",pod=\"" + container.pod()
                + "\",container=\"" + container.container() + "\"";
    }

    private static ContainerKey key(String name) {
        return new ContainerKey("aks-eu", "shop", "deployment", name, name);
    }

    /** One pod's 14 days at these daily averages and requests, a cent a day each. */
    private static List<ContainerSample> days(double cpu, double cpuRequest, double ram, double ramRequest) {
        List<ContainerSample> days = new ArrayList<>();
        for (LocalDate day : LOOKBACK.days()) {
            days.add(new ContainerSample(day, cpu, cpuRequest, ram, ramRequest, 1e9, new BigDecimal("0.50"),
                    new BigDecimal("0.10")));
        }
        return days;
    }

    private static Containers containers() {
        return new Binder(new MapConfigurationPropertySource(Map.of("c.lookback-days", "14")))
            .bind("c", Containers.class)
            .get();
    }

}
