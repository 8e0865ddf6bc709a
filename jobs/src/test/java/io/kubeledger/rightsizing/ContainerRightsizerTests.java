package io.kubeledger.rightsizing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.util.unit.DataSize;

import io.kubeledger.config.RightsizingProperties.Containers;

class ContainerRightsizerTests {

    private static final LocalDate REPORT_DATE = LocalDate.of(2026, 10, 31);

    private static final double GIB = 1024.0 * 1024 * 1024;

    /**
     * The export's prices in these cases: 0.72 a core-day, 0.096 a GiB-day of the larger
     * of request and usage.
     */
    private static final BigDecimal CORE_DAY = new BigDecimal("0.72");

    private static final BigDecimal GIB_DAY = new BigDecimal("0.096");
    static final Containers DEFAULTS = new Containers(14, 3, 95, 0.30, 0.50, 0.010, DataSize.ofMegabytes(20), 0.10,
            new BigDecimal("1.00"), 0.002, DataSize.ofMegabytes(1));

    private static final ContainerKey KEY = new ContainerKey("aks-1", "payments", "deployment", "api", "api");

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    # case                  | CPU cores a day, oldest first                        | CPU req | memory GiB a day                        | mem req | action    | CPU rec | mem rec MiB | savings
                    steady                  | 0.2 x14                                              | 1.0     | 0.5 x14                                 | 2       | downsize  | 0.26    | 768         | 19.86
                    spike kept as headroom  | 0.1 x10, 0.6, 0.1 x3                                 | 1.0     | 0.5 x14                                 | 1       | downsize  | 0.78    | 768         | 5.55
                    growing                 | 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75 | 0.5 | 1 x14                  | 2       | resize    | 0.975   | 1536        | -7.77
                    memory under-provisioned| 0.5 x14                                              | 0.6     | 1.8 x14                                 | 1       | upsize    | 0.6     | 2765        | -2.63
                    no requests             | 0.05 x14                                             | 0       | 0.1 x14                                 | 0       | upsize    | 0.065   | 154         | -0.48
                    requests that fit       | 0.7 x14                                              | 1.0     | 1.3 x14                                 | 2       | keep      | 1.0     | 2048        | 0.00
                    saving too small        | 0.01 x14                                             | 0.02    | 0.02 x14                                | 0.032   | keep      | 0.02    | 32.768      | 0.00
                    recent day over request | 0.3 x13, 0.55                                        | 0.5     | 0.5 x14                                 | 1       | resize    | 0.715   | 768         | -3.90
                    abandoned               | 0.0005 x14                                           | 2.0     | 0.05 x14                                | 4       | abandoned | 0.01    | 77          | 55.48
                    more memory, less CPU   | 0.2 x14                                              | 2.0     | 1.8 x14                                 | 1       | resize    | 0.26    | 2765        | 35.48
                    three days suffice      | 0.2 x3                                               | 1.0     | 0.5 x3                                  | 2       | downsize  | 0.26    | 768         | 19.86
                    """)
    void recommendsRequestsFromDailyAverages(String name, String cpuDays, double cpuRequest, String ramDays,
            double ramRequestGib, String action, double cpuRecommended, double ramRecommendedMib, BigDecimal savings) {
        // given
        boolean idle = action.equals("abandoned");
        List<ContainerSample> samples = history(series(cpuDays), cpuRequest, series(ramDays), ramRequestGib, idle);

        // when
        ContainerRecommendation recommendation = rightsizer().recommend(KEY, "payments", samples).orElseThrow();

        // then
        assertThat(recommendation.action().value()).isEqualTo(action);
        assertThat(recommendation.cpuRecommendedCores()).isEqualTo(cpuRecommended);
        assertThat(recommendation.ramRecommendedBytes() / Quantities.MIB).isEqualTo(ramRecommendedMib);
        assertThat(recommendation.monthlySavings()).isEqualByComparingTo(savings);
        assertThat(recommendation.daysObserved()).isEqualTo(samples.size());
        assertThat(recommendation.reason()).isNotBlank();
    }

    @Test
    void aContainerSeenOnTooFewDaysOrNotLatelyGetsNoRecommendation() {
        // given: one day only; and four days that ended more than a week ago
        List<ContainerSample> oneDay = history(new double[] { 0.2 }, 1.0, new double[] { 0.5 }, 2, false);
        List<ContainerSample> gone = history(new double[] { 0.2, 0.2, 0.2, 0.2, 0, 0, 0, 0, 0, 0, 0, 0 }, 1.0,
                new double[] { 0.5, 0.5, 0.5, 0.5, 0, 0, 0, 0, 0, 0, 0, 0 }, 2, false)
            .subList(0, 4);

        // when / then
        assertThat(rightsizer().recommend(KEY, "payments", oneDay)).isEmpty();
        assertThat(rightsizer().recommend(KEY, "payments", gone)).isEmpty();
    }

    @Test
    void savingsUseEachSamplesOwnPriceAndEveryReplica() {
        // given: two replicas a day; on the second week the price of a core-day doubles
        List<ContainerSample> samples = new ArrayList<>();
        for (int d = 0; d < 14; d++) {
            BigDecimal coreDay = d < 7 ? CORE_DAY : CORE_DAY.multiply(BigDecimal.valueOf(2));
            for (int replica = 0; replica < 2; replica++) {
                samples.add(new ContainerSample(REPORT_DATE.minusDays(13 - d), 0.2, 1.0, 0.5 * GIB, 0.75 * GIB, 1e9,
                        coreDay, new BigDecimal("0.072")));
            }
        }

        // when
        ContainerRecommendation recommendation = rightsizer().recommend(KEY, "payments", samples).orElseThrow();

        // then: (1.0 - 0.26) of each day's CPU cost, memory unchanged, over 14 days, for
        // a 730-hour month
        BigDecimal cpuCostOfTheWindow = CORE_DAY.multiply(BigDecimal.valueOf(2 * 7))
            .add(CORE_DAY.multiply(BigDecimal.valueOf(2)).multiply(BigDecimal.valueOf(2 * 7)));
        assertThat(recommendation.ramRecommendedBytes()).isEqualTo(0.75 * GIB);
        assertThat(recommendation.monthlySavings())
            .isEqualByComparingTo(MonthlyRate.inCents(cpuCostOfTheWindow.multiply(new BigDecimal("0.74")), 14));
    }

    @Test
    void noRecommendationIsBelowTheHighestDailyAverageOfTheLastSevenDaysNorSavesMoreThanItCosts() {
        Random random = new Random(20261121);
        for (int history = 0; history < 2000; history++) {
            // given: a random history of 1 to 3 replicas, steady, spiky, growing or
            // shrinking, with random gaps
            List<ContainerSample> samples = randomHistory(random);
            if (samples.isEmpty()) {
                continue;
            }

            // when
            Optional<ContainerRecommendation> recommendation = rightsizer().recommend(KEY, "payments", samples);

            // then
            LocalDate recentStart = REPORT_DATE.minusDays(ContainerRightsizer.RECENT_DAYS - 1L);
            double cpuRecentPeak = samples.stream()
                .filter(s -> !s.day().isBefore(recentStart))
                .mapToDouble(ContainerSample::cpuUsageCores)
                .max()
                .orElse(0);
            double ramRecentPeak = samples.stream()
                .filter(s -> !s.day().isBefore(recentStart))
                .mapToDouble(ContainerSample::ramUsageBytes)
                .max()
                .orElse(0);
            BigDecimal monthlyCost = MonthlyRate.of(
                    samples.stream().map(s -> s.cpuCost().add(s.ramCost())).reduce(BigDecimal.ZERO, BigDecimal::add),
                    (int) samples.stream().map(ContainerSample::day).distinct().count());
            recommendation.ifPresent(r -> {
                assertThat(r.cpuRecommendedCores()).as("CPU of history %s", samples)
                    .isGreaterThanOrEqualTo(cpuRecentPeak);
                assertThat(r.ramRecommendedBytes()).as("memory of history %s", samples)
                    .isGreaterThanOrEqualTo(ramRecentPeak);
                assertThat(r.monthlySavings()).isLessThanOrEqualTo(monthlyCost.add(new BigDecimal("0.005")));
            });
        }
    }

    private static List<ContainerSample> randomHistory(Random random) {
        int replicas = 1 + random.nextInt(3);
        double cpuRequest = random.nextInt(4) == 0 ? 0 : random.nextInt(40) * 0.05;
        double ramRequest = random.nextInt(4) == 0 ? 0 : random.nextInt(40) * 0.25 * GIB;
        double cpuLevel = random.nextDouble() * 2;
        double ramLevel = random.nextDouble() * 8 * GIB;
        double trend = (random.nextDouble() - 0.5) * 0.2;
        List<ContainerSample> samples = new ArrayList<>();
        for (int d = 0; d < 14; d++) {
            if (random.nextInt(5) == 0) {
                continue;
            }
            double growth = Math.max(0, 1 + trend * d);
            double spike = random.nextInt(10) == 0 ? 1 + random.nextDouble() * 4 : 1;
            for (int replica = 0; replica < replicas; replica++) {
                double cpu = cpuLevel * growth * spike * (0.5 + random.nextDouble());
                double ram = Math.rint(ramLevel * growth * spike * (0.5 + random.nextDouble()));
                samples.add(sample(REPORT_DATE.minusDays(13 - d), cpu, cpuRequest, ram, ramRequest,
                        random.nextDouble() * 1e8));
            }
        }
        return samples;
    }

    private static ContainerRightsizer rightsizer() {
        return new ContainerRightsizer(DEFAULTS, REPORT_DATE);
    }

    /**
     * One pod a day, the days ending on the report date; an idle one has hardly any
     * traffic.
     */
    @Test
    void onPrometheusNoRecommendationIsBelowTheObservedPercentileOrMaximum() {
        Random random = new Random(20261207);
        for (int history = 0; history < 2000; history++) {
            // given: a random history, and raw usage whose percentile and maximum may be
            // far above its daily averages or below them, a request or none
            List<ContainerSample> samples = randomHistory(random);
            if (samples.isEmpty()) {
                continue;
            }
            ObservedPeaks observed = new ObservedPeaks(random.nextDouble() * 4, random.nextDouble() * 8 * GIB,
                    random.nextInt(10) == 0 ? 1 : 0, 0, 0);

            // when
            Optional<ContainerRecommendation> recommendation = rightsizer().recommend(KEY, "payments", samples,
                    observed);

            // then
            recommendation.filter(r -> r.action() != RequestAction.ABANDONED).ifPresent(r -> {
                assertThat(r.cpuRecommendedCores()).isGreaterThanOrEqualTo(observed.cpuPercentileCores());
                assertThat(r.ramRecommendedBytes()).isGreaterThanOrEqualTo(observed.ramMaxBytes());
                assertThat(r.basis()).isEqualTo(ContainerRecommendation.PROMETHEUS);
                if (observed.oomKilledPodDays() > 0) {
                    assertThat(r.ramRecommendedBytes()).isGreaterThan(r.ramRequestBytes());
                }
            });
        }
    }

    @Test
    void aContainerBusyAnHourADayIsNotSizedBelowItsDailyAverage() {
        // given: 10 cores for an hour a day, its 5-minute p95 next to nothing
        List<ContainerSample> samples = history(series("0.42 x14"), 1.0, series("0.5 x14"), 1, false);
        ObservedPeaks quietMostOfTheDay = new ObservedPeaks(0.01, 0.5 * GIB, 0, 0, 0);

        // when
        ContainerRecommendation recommendation = rightsizer().recommend(KEY, "payments", samples, quietMostOfTheDay)
            .orElseThrow();

        // then
        assertThat(recommendation.cpuRecommendedCores()).isGreaterThanOrEqualTo(0.42);
    }

    @Test
    void aContainerIdleOnAverageButBusyOnPrometheusIsNotAbandoned() {
        // given: the daily averages of an abandoned workload, and bursts Prometheus saw
        List<ContainerSample> samples = history(series("0.0005 x14"), 2.0, series("0.05 x14"), 4, true);
        ObservedPeaks bursts = new ObservedPeaks(0.8, 0.06 * GIB, 0, 0, 0);

        // when
        RequestAction onAverages = rightsizer().recommend(KEY, "payments", samples).orElseThrow().action();
        RequestAction onPrometheus = rightsizer().recommend(KEY, "payments", samples, bursts).orElseThrow().action();

        // then
        assertThat(onAverages).isEqualTo(RequestAction.ABANDONED);
        assertThat(onPrometheus).isEqualTo(RequestAction.DOWNSIZE);
    }

    @Test
    void aContainerWhoseSavingCannotBeWrittenToTheLakeIsNotJudged() {
        // given: 14 days of 20 pods, each pod-day's CPU at the largest cost the export
        // rule lets through
        BigDecimal largest = new BigDecimal("999999999999999");
        List<ContainerSample> samples = new ArrayList<>();
        for (int d = 0; d < 14; d++) {
            for (int pod = 0; pod < 20; pod++) {
                samples.add(new ContainerSample(REPORT_DATE.minusDays(d), 0.1, 1.0, GIB, 2 * GIB, 5e8, largest,
                        BigDecimal.ZERO));
            }
        }

        // when / then: its downsize would save about 10^17 a month, beyond the lake's
        // DECIMAL(18, 2)
        assertThat(rightsizer().recommend(KEY, "payments", samples)).isEmpty();
    }

    private static List<ContainerSample> history(double[] cpu, double cpuRequest, double[] ramGib, double ramRequestGib,
            boolean idle) {
        List<ContainerSample> samples = new ArrayList<>();
        for (int d = 0; d < cpu.length; d++) {
            samples.add(sample(REPORT_DATE.minusDays(cpu.length - 1 - d), cpu[d], cpuRequest, ramGib[d] * GIB,
                    ramRequestGib * GIB, idle ? 1000 : 5e8));
        }
        return samples;
    }

    private static ContainerSample sample(LocalDate day, double cpu, double cpuRequest, double ram, double ramRequest,
            double network) {
        BigDecimal cpuCost = CORE_DAY.multiply(BigDecimal.valueOf(Math.max(cpu, cpuRequest)));
        BigDecimal ramCost = GIB_DAY.multiply(BigDecimal.valueOf(Math.max(ram, ramRequest) / GIB));
        return new ContainerSample(day, cpu, cpuRequest, ram, ramRequest, network, cpuCost, ramCost);
    }

    /** {@code 0.2 x3, 0.5} is 0.2, 0.2, 0.2, 0.5. */
    private static double[] series(String spec) {
        return Arrays.stream(spec.split(",")).map(String::trim).flatMapToDouble(part -> {
            String[] repeat = part.split(" x");
            double value = Double.parseDouble(repeat[0]);
            int times = repeat.length == 2 ? Integer.parseInt(repeat[1]) : 1;
            return java.util.stream.DoubleStream.generate(() -> value).limit(times);
        }).toArray();
    }

}
