package io.kubeledger.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.kubeledger.config.BlobFolder;
import io.kubeledger.config.BlobLocation;
import io.kubeledger.source.BlobSource;

/**
 * The runs of a Cost Management export, found by their manifests under the export's
 * folder: Microsoft's pages disagree on the order of the folders, so the manifest is
 * trusted rather than the path (as the FinOps toolkit does). Each day of a month is
 * billed by the newest run (by {@code submittedTime}) that has rows of it
 * ({@link MonthBillReader}): a later run heals late charges. A folder with data files but
 * no manifest holds a legacy export, which is named.
 */
final class CostExportRuns {

    private static final Comparator<CostExportManifest> NEWEST_FIRST = Comparator
        .comparing(CostExportManifest::submitted)
        .thenComparing(CostExportManifest::runId)
        .reversed();

    private final List<CostExportManifest> runs = new ArrayList<>();

    private long filesWithoutManifest;

    CostExportRuns(BlobSource blobs, BlobFolder folder) {
        List<String> manifests = new ArrayList<>();
        blobs.list(folder.account(), folder.container(), folder.prefix().isEmpty() ? "" : folder.prefix() + "/",
                name -> {
                    if (name.endsWith("manifest.json")) {
                        manifests.add(name);
                    }
                    else if (name.matches("(?i).*\\.(csv|csv\\.gz|parquet)")) {
                        filesWithoutManifest++;
                    }
                });
        for (String name : manifests) {
            BlobLocation location = new BlobLocation(folder.account(), folder.container(), name);
            try (InputStream body = blobs.open(location)) {
                runs.add(CostExportManifest.parse(body, location));
            }
            catch (IOException e) {
                throw new BillUnreadableException("the manifest " + location + " cannot be read: " + e.getMessage(), e);
            }
        }
        runs.sort(NEWEST_FIRST);
    }

    /** The month's runs, the newest first. */
    List<CostExportManifest> newestFirst(YearMonth month) {
        return runs.stream().filter(run -> run.month().equals(month)).toList();
    }

    /**
     * Why the folder holds no run, where its files say: a legacy export (one CSV a run,
     * no manifest, the "Cost and usage details" exports made before file partitioning) is
     * not read.
     */
    String layoutFound() {
        if (!runs.isEmpty() || filesWithoutManifest == 0) {
            return "";
        }
        return " (it holds " + filesWithoutManifest + " data files and no manifest.json: a legacy export, one file a "
                + "run; configure a 'Cost and usage details (FOCUS)' export with file partitioning, which writes a "
                + "manifest for each run, and set kubeledger.billing.cost-export to its folder)";
    }

}
