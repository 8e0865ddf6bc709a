package io.kubeledger.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.kubeledger.config.BlobFolder;
import io.kubeledger.config.BlobLocation;
import io.kubeledger.source.BlobSource;

/**
 * The runs of a Cost Management export, found by their manifests under the export's folder: Microsoft's pages disagree
 * on the order of the folders, so the manifest is trusted rather than the path (as the FinOps toolkit does). The newest
 * run of a month (by {@code submittedTime}) replaces every older one: a later run heals late charges.
 */
final class CostExportRuns {

    private static final Comparator<CostExportManifest> NEWEST_LAST = Comparator
            .comparing(CostExportManifest::submitted).thenComparing(CostExportManifest::runId);

    private final Map<YearMonth, CostExportManifest> newestByMonth = new HashMap<>();

    CostExportRuns(BlobSource blobs, BlobFolder folder) {
        List<String> manifests = new ArrayList<>();
        blobs.list(folder.account(), folder.container(), folder.prefix().isEmpty() ? "" : folder.prefix() + "/",
                name -> {
                    if (name.endsWith("manifest.json")) {
                        manifests.add(name);
                    }
                });
        for (String name : manifests) {
            BlobLocation location = new BlobLocation(folder.account(), folder.container(), name);
            CostExportManifest manifest;
            try (InputStream body = blobs.open(location)) {
                manifest = CostExportManifest.parse(body, location.toString());
            } catch (IOException e) {
                throw new BillUnreadableException("the manifest " + location + " cannot be read: " + e.getMessage(), e);
            }
            newestByMonth.merge(manifest.month(), manifest, (a, b) -> NEWEST_LAST.compare(a, b) >= 0 ? a : b);
        }
    }

    Optional<CostExportManifest> newest(YearMonth month) {
        return Optional.ofNullable(newestByMonth.get(month));
    }
}
