package io.kubeledger.ingest;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.kubeledger.config.KubeledgerProperties.Cluster;
import io.kubeledger.run.DayRange;
import io.kubeledger.source.LocalSnapshotBlobSource;

/**
 * Reads the export of a test cluster {@code aks-1} from a local snapshot, as the job's
 * partition does.
 */
final class ExportReads {

    static final String EXPORT_URL = "https://stexports.blob.core.windows.net/opencost/aks-1.csv";

    private ExportReads() {
    }

    /** Where the snapshot holds the export. */
    static Path exportFile(Path snapshot) {
        return snapshot.resolve("blob/stexports/opencost/aks-1.csv");
    }

    static List<Allocation> readAll(Path snapshot, Path quarantine, DayRange window, BigDecimal maxSkipRatio) {
        Cluster cluster = new Cluster("aks-1",
                "/subscriptions/s/resourceGroups/rg/providers/" + "Microsoft.ContainerService/managedClusters/aks-1",
                EXPORT_URL, null, null, null);
        List<Allocation> read = new ArrayList<>();
        try (QuarantineWriter writer = new QuarantineWriter(quarantine);
                OpenCostExportReader reader = new OpenCostExportReader(cluster, new LocalSnapshotBlobSource(snapshot),
                        window, writer, maxSkipRatio)) {
            for (Allocation a = reader.read(); a != null; a = reader.read()) {
                read.add(a);
            }
        }
        return read;
    }

}
