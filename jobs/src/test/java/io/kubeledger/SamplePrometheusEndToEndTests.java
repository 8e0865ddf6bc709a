package io.kubeledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kubeledger.config.KubeledgerProperties.MonitorWorkspace;
import io.kubeledger.ingest.IngestedSamples;
import io.kubeledger.rightsizing.ObservedPeaks;
import io.kubeledger.rightsizing.ObservedUsage;
import io.kubeledger.rightsizing.PodContainer;
import io.kubeledger.run.DayRange;
import io.kubeledger.sample.SampleFleetGenerator;
import io.kubeledger.sample.SamplePrometheusWriter;
import io.kubeledger.source.LocalSnapshotPrometheusSource;
import io.kubeledger.source.PromQuery;
import io.kubeledger.source.PromSeries;
import io.kubeledger.source.PrometheusSource;

/**
 * The sample's recorded Prometheus answers are what a real Prometheus answers the job's
 * queries on the same metrics: the generator's figures are checked against real PromQL,
 * not against themselves. Its last three days, to keep the TSDB small.
 */
class SamplePrometheusEndToEndTests {

    private static final LocalDate END = LocalDate.of(2026, 10, 31);

    private static final DayRange DAYS = new DayRange(END.minusDays(2), END.plusDays(1));

    private static final SortedSet<String> NAMESPACES = new TreeSet<>(SamplePrometheusWriter.NAMESPACES);

    @Test
    void theSamplesAnswersAreThoseOfRealPromql(@TempDir Path fleet) throws Exception {
        // given: the sample as its generator writes it, and its metrics in a real
        // Prometheus
        try (PrometheusServer prometheus = PrometheusServer.serving(sampleMetrics(fleet))) {
            MonitorWorkspace workspace = workspace(prometheus);

            // when
            Map<PodContainer, ObservedPeaks> recorded = new ObservedUsage(new LocalSnapshotPrometheusSource(fleet), 95)
                .read(workspace, "aks-prod-weu", DAYS, NAMESPACES);
            Map<PodContainer, ObservedPeaks> real = new ObservedUsage(PrometheusServer.source(), 95).read(workspace,
                    "aks-prod-weu", DAYS, NAMESPACES);

            // then: the same containers, the same figures (the throttled share through
            // increase()'s extrapolation, to within a per mille)
            assertThat(real.keySet()).isEqualTo(recorded.keySet()).isNotEmpty();
            recorded.forEach((container, peaks) -> {
                ObservedPeaks measured = real.get(container);
                assertThat(measured.cpuPercentileCores()).as("CPU of %s", container)
                    .isCloseTo(peaks.cpuPercentileCores(), within(peaks.cpuPercentileCores() * 1e-6));
                assertThat(measured.ramMaxBytes()).as("memory of %s", container)
                    .isCloseTo(peaks.ramMaxBytes(), within(peaks.ramMaxBytes() * 1e-6));
                assertThat(measured.oomKilledPodDays()).as("OOM kills of %s", container)
                    .isEqualTo(peaks.oomKilledPodDays());
                if (peaks.throttledShare() == null) {
                    assertThat(measured.throttledShare()).as("throttling of %s", container).isNull();
                }
                else {
                    assertThat(measured.throttledShare()).as("throttling of %s", container)
                        .isCloseTo(peaks.throttledShare(), within(0.001));
                }
            });
            // and the minutes of series of each namespace, by which the workspace's bill
            // is divided, are real PromQL's (but on the first day, whose day before is
            // not loaded)
            IngestedSamples recordedSamples = new IngestedSamples(new LocalSnapshotPrometheusSource(fleet));
            IngestedSamples realSamples = new IngestedSamples(PrometheusServer.source());
            for (LocalDate day : DAYS.days().subList(1, DAYS.days().size())) {
                Map<String, Long> samples = recordedSamples.byNamespace(workspace, "aks-prod-weu", day);
                assertThat(realSamples.byNamespace(workspace, "aks-prod-weu", day)).as("samples of %s", day)
                    .isEqualTo(samples)
                    .containsKeys(IngestedSamples.NO_NAMESPACE, "checkout", "payments");
            }
            assertThat(recorded.values().stream().filter(p -> p.oomKilledPodDays() > 0)).isNotEmpty();
            assertThat(recorded.values().stream().filter(p -> p.throttledShare() != null)).isNotEmpty();
        }
    }

    /**
     * A server whose limits refuse the day's question of the samples is asked it hour by
     * hour, and the minutes add up to the day's.
     */
    @Test
    void aDayTheServerRefusesForItsSizeIsAskedHourByHour(@TempDir Path fleet) throws Exception {
        // given: the sample's metrics in a Prometheus that loads at most 20,000 samples a
        // query (a day of the cluster's series is over 80,000, an hour under 4,000)
        try (PrometheusServer prometheus = PrometheusServer.serving(sampleMetrics(fleet),
                "--query.max-samples=20000")) {
            MonitorWorkspace workspace = workspace(prometheus);
            List<String> asked = new ArrayList<>();
            PrometheusSource counted = (MonitorWorkspace w, PromQuery query, Consumer<PromSeries> series) -> {
                asked.add(query.name());
                PrometheusServer.source().query(w, query, series);
            };

            // when
            Map<String, Long> samples = new IngestedSamples(counted).byNamespace(workspace, "aks-prod-weu", END);

            // then: refused whole, answered in 24 hours, as recorded
            assertThat(asked).hasSize(25).first().isEqualTo("aks-prod-weu/" + END + "/samples");
            assertThat(asked).last().isEqualTo("aks-prod-weu/" + END + "/samples-24");
            assertThat(samples).isEqualTo(new IngestedSamples(new LocalSnapshotPrometheusSource(fleet))
                .byNamespace(workspace, "aks-prod-weu", END));
        }
    }

    /**
     * A server whose limits refuse a figure's question of the whole cluster is asked it
     * namespace by namespace, and the answers are the whole's.
     */
    @Test
    void aFigureTheServerRefusesForItsSizeIsAskedNamespaceByNamespace(@TempDir Path fleet) throws Exception {
        // given: the sample's metrics in a Prometheus that loads at most 4,000 samples a
        // query
        try (PrometheusServer prometheus = PrometheusServer.serving(sampleMetrics(fleet), "--query.max-samples=4000")) {
            MonitorWorkspace workspace = workspace(prometheus);
            List<String> asked = new ArrayList<>();
            PrometheusSource counted = (MonitorWorkspace w, PromQuery query, Consumer<PromSeries> series) -> {
                asked.add(query.name());
                PrometheusServer.source().query(w, query, series);
            };

            // when
            Map<PodContainer, ObservedPeaks> split = new ObservedUsage(counted, 95).read(workspace, "aks-prod-weu",
                    DAYS, NAMESPACES);

            // then: a figure of each day asked of each namespace, and the same figures
            assertThat(asked).contains("aks-prod-weu/" + END + "/cpu/checkout",
                    "aks-prod-weu/" + END + "/cpu/payments");
            Map<PodContainer, ObservedPeaks> recorded = new ObservedUsage(new LocalSnapshotPrometheusSource(fleet), 95)
                .read(workspace, "aks-prod-weu", DAYS, NAMESPACES);
            assertThat(split.keySet()).isEqualTo(recorded.keySet());
            recorded.forEach((container, peaks) -> assertThat(split.get(container).cpuPercentileCores())
                .as("CPU of %s", container)
                .isCloseTo(peaks.cpuPercentileCores(), within(peaks.cpuPercentileCores() * 1e-6)));
        }
    }

    /**
     * Writes the sample as its generator does to {@code fleet}; the metrics behind its
     * first cluster's recorded answers of {@link #DAYS}.
     */
    private static String sampleMetrics(Path fleet) throws IOException {
        SampleFleetGenerator generator = new SampleFleetGenerator(42, 4, 6, 45, END, 3);
        generator.write(fleet);
        return new SamplePrometheusWriter("aks-prod-weu", "amw-aks-prod-weu", END)
            .openMetrics(generator.monitoredPodDays(), DAYS.days());
    }

    private static MonitorWorkspace workspace(PrometheusServer prometheus) {
        return new MonitorWorkspace("amw-aks-prod-weu",
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Monitor/accounts/amw-aks-prod-weu",
                prometheus.endpoint());
    }

}
