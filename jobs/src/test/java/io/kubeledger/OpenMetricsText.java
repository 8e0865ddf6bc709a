package io.kubeledger;

import java.time.Instant;
import java.util.Locale;
import java.util.function.LongToDoubleFunction;

/**
 * OpenMetrics text of a cluster's container metrics, as Managed Prometheus scrapes them
 * from cAdvisor and kube-state-metrics, for {@code promtool tsdb create-blocks-from
 * openmetrics}: a sample every {@code step} seconds, each series' samples together, in
 * time order.
 */
public final class OpenMetricsText {

    private final StringBuilder text = new StringBuilder();

    private final Instant start;

    private final Instant end;

    private final int step;

    public OpenMetricsText(Instant start, Instant end, int step) {
        this.start = start;
        this.end = end;
        this.step = step;
    }

    /**
     * A counter that grows by {@code perSecond(t)} a second from the start (CPU seconds,
     * CFS periods); no sample where it is NaN (the container does not run then).
     */
    public OpenMetricsText counter(String name, String labels, LongToDoubleFunction perSecond) {
        double total = 0;
        for (long t = start.getEpochSecond(); t < end.getEpochSecond(); t += step) {
            double rate = perSecond.applyAsDouble(t);
            if (!Double.isNaN(rate)) {
                sample(name, labels, total, t);
                total += rate * step;
            }
        }
        return this;
    }

    /**
     * A gauge of the value {@code value(t)} (memory working set, a status); no sample
     * where it is NaN.
     */
    public OpenMetricsText gauge(String name, String labels, LongToDoubleFunction value) {
        for (long t = start.getEpochSecond(); t < end.getEpochSecond(); t += step) {
            double v = value.applyAsDouble(t);
            if (!Double.isNaN(v)) {
                sample(name, labels, v, t);
            }
        }
        return this;
    }

    private void sample(String name, String labels, double value, long time) {
        text.append(name).append('{').append(labels).append("} ");
        text.append(String.format(Locale.ROOT, "%.6f", value)).append(' ').append(time).append('\n');
    }

    /** The text, ended as OpenMetrics requires. */
    public String text() {
        return text + "# EOF\n";
    }

}
