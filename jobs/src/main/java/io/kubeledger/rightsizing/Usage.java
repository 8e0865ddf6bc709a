package io.kubeledger.rightsizing;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * One resource of a container over its lookback: the busiest pod's daily average of each
 * day (a daily peak), the highest of them since {@code recentStart}, the average over all
 * pod-days, and the current request.
 */
final class Usage {

    private final double[] dailyPeaks;

    private final double recentPeak;

    private final double average;

    private final double request;

    Usage(Map<LocalDate, List<ContainerSample>> byDay, LocalDate recentStart, ToDoubleFunction<ContainerSample> usage,
            double request) {
        this.dailyPeaks = new double[byDay.size()];
        double recent = 0;
        double sum = 0;
        int samples = 0;
        int d = 0;
        for (Map.Entry<LocalDate, List<ContainerSample>> day : byDay.entrySet()) {
            // The statistics a stream would give (the same compensated sum), without a
            // stream per day.
            DoubleSummaryStatistics used = new DoubleSummaryStatistics();
            for (ContainerSample sample : day.getValue()) {
                used.accept(usage.applyAsDouble(sample));
            }
            double peak = used.getMax();
            dailyPeaks[d++] = peak;
            if (!day.getKey().isBefore(recentStart)) {
                recent = Math.max(recent, peak);
            }
            sum += used.getSum();
            samples += day.getValue().size();
        }
        this.recentPeak = recent;
        this.average = sum / samples;
        this.request = request;
    }

    double request() {
        return request;
    }

    double average() {
        return average;
    }

    double peak() {
        return Arrays.stream(dailyPeaks).max().orElse(0);
    }

    double recentPeak() {
        return recentPeak;
    }

    /** The nearest-rank percentile of the daily peaks. */
    double percentileOfDailyPeaks(int percentile) {
        double[] sorted = dailyPeaks.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

}
