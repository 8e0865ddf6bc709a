package io.kubeledger.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

import io.kubeledger.KubeledgerProperties.Cluster;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.kubeledger.DayRange;
import io.kubeledger.source.BlobLocation;
import io.kubeledger.source.BlobSource;
import io.kubeledger.source.SourceUnavailableException;

/**
 * Streams the rows of every configured cluster's OpenCost export of the days the run reads (the month to date and
 * the containers' lookback), one cluster after the other, never holding more than one line in memory. Bad rows go to
 * the quarantine; when their share of those days' rows exceeds {@code max-skip-ratio}, the read fails and with it the run.
 */
public class OpenCostExportReader implements ItemStreamReader<Allocation> {

    private static final Logger LOG = LoggerFactory.getLogger(OpenCostExportReader.class);

    public static final String ROWS_READ = "opencost.rowsRead";
    public static final String ROWS_QUARANTINED = "opencost.rowsQuarantined";

    private final Iterator<Cluster> clusters;
    private final BlobSource blobs;
    private final DayRange window;
    private final QuarantineWriter quarantine;
    private final BigDecimal maxSkipRatio;

    private BufferedReader lines;
    private String file;
    private long lineNumber;
    private OpenCostRowParser parser;
    private long rowsRead;
    private final int clusterCount;
    private int clustersOpened;

    public OpenCostExportReader(List<Cluster> clusters, BlobSource blobs, DayRange window,
            QuarantineWriter quarantine, BigDecimal maxSkipRatio) {
        this.clusters = List.copyOf(clusters).iterator();
        this.clusterCount = clusters.size();
        this.blobs = blobs;
        this.window = window;
        this.quarantine = quarantine;
        this.maxSkipRatio = maxSkipRatio;
    }

    @Override
    public Allocation read() throws IOException {
        while (lines != null || openNextExport()) {
            String line = lines.readLine();
            lineNumber++;
            if (line == null) {
                closeExport();
            } else if (!line.isEmpty()) {
                Allocation allocation = parseInWindow(line);
                if (allocation != null) {
                    rowsRead++;
                    return allocation;
                }
            }
        }
        checkSkipRatio();
        return null;
    }

    private Allocation parseInWindow(String line) {
        try {
            List<String> row = split(line);
            LocalDate day = parser.day(row);
            return window.contains(day) ? parser.parse(row, day) : null;
        } catch (BadRowException e) {
            quarantine.quarantine(file, lineNumber, e.getMessage(), line);
            return null;
        }
    }

    private static List<String> split(String line) throws BadRowException {
        try {
            return CsvLine.split(line);
        } catch (IllegalArgumentException e) {
            throw new BadRowException("not a CSV row: " + e.getMessage());
        }
    }

    private boolean openNextExport() throws IOException {
        if (!clusters.hasNext()) {
            return false;
        }
        Cluster cluster = clusters.next();
        BlobLocation location = BlobLocation.parse(cluster.opencostExport());
        file = location.toString();
        LOG.info("reading the export of cluster {} ({} of {}): {}", cluster.name(), ++clustersOpened, clusterCount,
                file);
        lines = new BufferedReader(new InputStreamReader(openExport(cluster, location), StandardCharsets.UTF_8));
        String header = lines.readLine();
        if (header == null) {
            throw new SourceUnavailableException(
                    "The OpenCost export of cluster '" + cluster.name() + "' at " + file + " is empty", null);
        }
        try {
            parser = new OpenCostRowParser(new OpenCostHeader(CsvLine.split(stripBom(header))), cluster.name());
        } catch (IllegalArgumentException e) {
            throw new SourceUnavailableException("The OpenCost export of cluster '" + cluster.name() + "' at "
                    + file + " is not an OpenCost export: " + e.getMessage(), e);
        }
        lineNumber = 1;
        return true;
    }

    private InputStream openExport(Cluster cluster, BlobLocation location) {
        try {
            return blobs.open(location);
        } catch (SourceUnavailableException e) {
            throw new SourceUnavailableException(
                    "The OpenCost export of cluster '" + cluster.name() + "' is missing or unreadable: "
                            + e.getMessage(), e);
        }
    }

    private static String stripBom(String header) {
        return header.startsWith("\uFEFF") ? header.substring(1) : header;
    }

    private void checkSkipRatio() {
        long bad = quarantine.count();
        long total = rowsRead + bad;
        if (bad > 0 && BigDecimal.valueOf(bad).divide(BigDecimal.valueOf(total), 6, RoundingMode.HALF_UP)
                .compareTo(maxSkipRatio) > 0) {
            throw new TooManyBadRowsException(bad, total, maxSkipRatio);
        }
    }

    private void closeExport() {
        try {
            lines.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        } finally {
            lines = null;
        }
    }

    @Override
    public void update(ExecutionContext context) {
        context.putLong(ROWS_READ, rowsRead);
        context.putLong(ROWS_QUARANTINED, quarantine.count());
    }

    @Override
    public void close() {
        if (lines != null) {
            closeExport();
        }
        quarantine.close();
    }
}
