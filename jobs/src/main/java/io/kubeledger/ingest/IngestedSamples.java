package io.kubeledger.ingest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import io.kubeledger.config.KubeledgerProperties.MonitorWorkspace;
import io.kubeledger.source.PromQuery;
import io.kubeledger.source.PrometheusSource;

/**
 * The Prometheus samples each namespace of a cluster wrote to its monitor workspace on a
 * day, which the workspace's bill (per sample ingested) is divided by; the samples of
 * series without a namespace label under {@link #NO_NAMESPACE}. Read with one instant
 * query at the day's end over that day and that cluster only, when the chargeback first
 * asks: only for a day the workspace's bill covers, once for both cost columns.
 * Job-scoped.
 */
public class IngestedSamples {

    /** Where the samples of series without a namespace label are counted. */
    public static final String NO_NAMESPACE = "";

    private record Key(String workspace, String cluster, LocalDate day) {
    }

    private final PrometheusSource source;

    private final Map<Key, Map<String, Long>> read = new ConcurrentHashMap<>();

    public IngestedSamples(PrometheusSource source) {
        this.source = source;
    }

    /** The cluster's samples of the day by namespace, none where it wrote nothing. */
    public Map<String, Long> byNamespace(MonitorWorkspace workspace, String cluster, LocalDate day) {
        Key key = new Key(workspace.name(), cluster, day);
        Map<String, Long> known = read.get(key);
        if (known != null) {
            return known;
        }
        Map<String, Long> samples = new TreeMap<>();
        source.query(workspace, query(cluster, day),
                series -> samples.merge(series.label("namespace"), Math.round(series.value()), Long::sum));
        read.put(key, Map.copyOf(samples));
        return read.get(key);
    }

    /**
     * {@code sum by (namespace) (count_over_time({cluster="c"}[1d]))}: every sample the
     * cluster's series stored that day, which is what the workspace bills.
     */
    static PromQuery query(String cluster, LocalDate day) {
        return new PromQuery(cluster + "/" + day + "/samples",
                "sum by (namespace) (count_over_time({cluster=\"" + PromQuery.escape(cluster) + "\"}[1d]))",
                day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    }

}
