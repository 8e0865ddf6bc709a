package io.kubeledger.ingest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.kubeledger.config.KubeledgerProperties.MonitorWorkspace;
import io.kubeledger.source.PromAnswerTooLargeException;
import io.kubeledger.source.PromQuery;
import io.kubeledger.source.PromSeries;
import io.kubeledger.source.PrometheusSource;

/**
 * What each namespace of a cluster stored in its monitor workspace on a day, in minutes
 * of series ({@link #query}), which the workspace's bill (per sample ingested) is divided
 * by; that of series without a namespace label under {@link #NO_NAMESPACE}. Read with one
 * instant query at the day's end over that day and that cluster only, when the chargeback
 * first asks: only for a day the workspace's bill covers, once for both cost columns. A
 * day the server refuses for its size is asked hour by hour, whose minutes add up to the
 * day's exactly. Job-scoped.
 */
public class IngestedSamples {

    /** Where the samples of series without a namespace label are counted. */
    public static final String NO_NAMESPACE = "";

    private static final int HALF_A_MINUTE = 30;

    private static final int HOURS_A_DAY = 24;

    private static final int WHOLE_DAY = 0;

    private record Key(String workspace, String cluster, LocalDate day) {
    }

    private final PrometheusSource source;

    private final Map<Key, Map<String, Long>> read = new ConcurrentHashMap<>();

    public IngestedSamples(PrometheusSource source) {
        this.source = source;
    }

    /**
     * The cluster's minutes of series of the day by namespace; none where it wrote
     * nothing.
     */
    public Map<String, Long> byNamespace(MonitorWorkspace workspace, String cluster, LocalDate day) {
        Key key = new Key(workspace.name(), cluster, day);
        Map<String, Long> known = read.get(key);
        if (known != null) {
            return known;
        }
        Map<String, Long> samples = new TreeMap<>();
        try {
            source.query(workspace, query(cluster, day, WHOLE_DAY), series -> add(samples, series));
        }
        catch (PromAnswerTooLargeException refused) {
            samples.clear();
            for (int hour = 1; hour <= HOURS_A_DAY; hour++) {
                source.query(workspace, query(cluster, day, hour), series -> add(samples, series));
            }
        }
        read.put(key, Map.copyOf(samples));
        return read.get(key);
    }

    /**
     * The minutes of the day each of the cluster's series had a sample, summed by
     * namespace: in proportion to the samples it stored, which the workspace bills, where
     * its targets are scraped alike (the add-on scrapes at 30 s by default). Counting the
     * samples themselves, {@code count_over_time({cluster="c"}[1d])}, is refused: it
     * drops the metric names, so a container's CPU and memory series are one label set
     * twice. The name is kept in a label of its own, and the series read minute by
     * minute, from the day's first minute to its last: the query is evaluated half a
     * minute before midnight, so that no minute falls on the window's edge, which servers
     * include or not (Prometheus 2 the first, 3 not). {@code hour}: the day's hour that
     * ends then (1 to 24), or {@link #WHOLE_DAY}.
     */
    static PromQuery query(String cluster, LocalDate day, int hour) {
        boolean wholeDay = hour == WHOLE_DAY;
        Instant end = day.atStartOfDay(ZoneOffset.UTC)
            .toInstant()
            .plus(Duration.ofHours(wholeDay ? HOURS_A_DAY : hour));
        return new PromQuery(
                cluster + "/" + day + "/samples" + (wholeDay ? "" : String.format(Locale.ROOT, "-%02d", hour)),
                "sum by (namespace) (count_over_time(label_replace({cluster=\"" + PromQuery.escape(cluster)
                        + "\"}, \"kubeledger_metric\", \"$1\", \"__name__\", \"(.+)\")[" + (wholeDay ? HOURS_A_DAY : 1)
                        + "h:1m]))",
                end.minusSeconds(HALF_A_MINUTE));
    }

    private static void add(Map<String, Long> samples, PromSeries series) {
        samples.merge(series.label("namespace"), Math.round(series.value()), Long::sum);
    }

}
