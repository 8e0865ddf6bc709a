package io.kubeledger.ingest;

import java.time.LocalDate;
import java.util.List;

/** A row of the {@code container-logs} query: the billable bytes of one namespace of one cluster on a day. */
public record ContainerLogIngestion(LocalDate day, String clusterResourceId, String namespace, long billableBytes) {

    static final List<String> CONTRACT = List.of("Day", "ClusterResourceId", "Namespace", "BillableBytes");

    static ContainerLogIngestion from(LogRow row) throws BadRowException {
        return new ContainerLogIngestion(row.day("Day"), row.text("ClusterResourceId"), row.text("Namespace"),
                row.count("BillableBytes"));
    }
}
