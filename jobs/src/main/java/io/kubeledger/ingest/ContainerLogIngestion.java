package io.kubeledger.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * A row of the {@code container-logs} query: the billable bytes of one namespace of one
 * cluster on a day.
 */
public record ContainerLogIngestion(LocalDate day, String clusterResourceId, String namespace,
        long billableBytes) implements QueryRow {

    static final List<String> CONTRACT = List.of("Day", "ClusterResourceId", "Namespace", "BillableBytes");

    static ContainerLogIngestion from(LogRow row) throws BadRowException {
        return new ContainerLogIngestion(row.day("Day"), row.name("ClusterResourceId", LogRow.MAX_RESOURCE_ID_LENGTH),
                row.name("Namespace", LogRow.MAX_NAMESPACE_LENGTH), row.count("BillableBytes"));
    }

    /**
     * Clusters are matched by resource id ignoring case, so two rows differing only in
     * its case are one.
     */
    @Override
    public Object grain() {
        return List.of(day, clusterResourceId.toLowerCase(Locale.ROOT), namespace);
    }
}
