package io.kubeledger.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

import io.kubeledger.config.BlobLocation;
import io.kubeledger.config.KubeledgerProperties.Cluster;
import io.kubeledger.run.DayRange;
import io.kubeledger.source.BlobSource;
import io.kubeledger.source.SourceUnavailableException;

/**
 * Streams the rows of one cluster's OpenCost export of the days the run reads (the month
 * to date and the containers' lookback), never holding more than one line in memory. Bad
 * rows go to the quarantine; when their share of the cluster's rows of those days exceeds
 * {@code max-skip-ratio}, the read fails naming the cluster, and with it the run.
 */
public class OpenCostExportReader implements AutoCloseable {

    /**
     * A row is a few hundred bytes; labels are bounded by Kubernetes. Only a corrupt file
     * has longer lines.
     */
    static final int MAX_LINE_LENGTH = 1 << 20;

    private static final int SHOWN_OF_A_LONG_LINE = 1000;

    private final Cluster cluster;

    private final BlobSource blobs;

    private final DayRange window;

    private final QuarantineWriter quarantine;

    private final BigDecimal maxSkipRatio;

    private final BlobLocation location;

    /** The export's URL, as every message and quarantine entry names it. */
    private final String file;

    private BoundedLineReader lines;

    private long lineNumber;

    private OpenCostRowParser parser;

    /** The fields of the line being read, cut in place. */
    private final CsvLine row = new CsvLine();

    private long rowsRead;

    private long rowsQuarantined;

    private boolean finished;

    /**
     * The line of each container's day read, a map per day: one cluster's days in the
     * window, a few MB. A day's rows come together, so a row is looked up in its day's
     * map, a table the size of a day rather than of the month.
     */
    private final Map<LocalDate, Map<PodContainer, Integer>> firstLineOf = new HashMap<>();

    private LocalDate lastDay;

    private Map<PodContainer, Integer> lastDayLines;

    /**
     * Its equals and hashCode are written out: a record's own go through method handles
     * that C1 does not inline.
     */
    private record PodContainer(String namespace, String pod, String container) {

        @Override
        public boolean equals(Object other) {
            return other instanceof PodContainer that && Objects.equals(namespace, that.namespace)
                    && Objects.equals(pod, that.pod) && Objects.equals(container, that.container);
        }

        @Override
        public int hashCode() {
            return (Objects.hashCode(namespace) * 31 + Objects.hashCode(pod)) * 31 + Objects.hashCode(container);
        }
    }

    public OpenCostExportReader(Cluster cluster, BlobSource blobs, DayRange window, QuarantineWriter quarantine,
            BigDecimal maxSkipRatio) {
        this.cluster = cluster;
        this.blobs = blobs;
        this.window = window;
        this.quarantine = quarantine;
        this.location = BlobLocation.parse(cluster.opencostExport());
        this.file = location.toString();
        this.maxSkipRatio = maxSkipRatio;
    }

    /** The next row of the window, or null at the end of the export. */
    public Allocation read() {
        if (finished) {
            return null;
        }
        if (lines == null) {
            open();
        }
        while (nextLine()) {
            lineNumber++;
            if (lines.lastLineTooLong()) {
                String line = lines.lineText();
                quarantine.quarantine(file, lineNumber,
                        "is longer than " + MAX_LINE_LENGTH + " bytes (the row " + "shows its first "
                                + SHOWN_OF_A_LONG_LINE + " characters)",
                        line.substring(0, Math.min(line.length(), SHOWN_OF_A_LONG_LINE)) + "…");
                rowsQuarantined++;
            }
            else if (lines.lineEnd() > lines.lineStart()) {
                Allocation allocation = parseInWindow();
                if (allocation != null) {
                    rowsRead++;
                    return allocation;
                }
            }
        }
        finished = true;
        closeLines();
        if (rowsRead + rowsQuarantined == 0) {
            // OpenCost writes every day of a running cluster: an export without the run's
            // days has stopped.
            throw new SourceUnavailableException("The OpenCost export of cluster '" + cluster.name() + "' at " + file
                    + " has no row for the days the run reads (" + window + ")", null);
        }
        checkSkipRatio();
        return null;
    }

    /**
     * Moves to the next line; a download that breaks off fails the read, naming the
     * cluster and how far it got.
     */
    private boolean nextLine() {
        try {
            return lines.next();
        }
        catch (IOException | RuntimeException e) {
            throw new SourceUnavailableException("The OpenCost export of cluster '" + cluster.name() + "' at " + file
                    + " broke off after line " + lineNumber + ": " + e.getMessage(), e);
        }
    }

    public long rowsRead() {
        return rowsRead;
    }

    public long rowsQuarantined() {
        return rowsQuarantined;
    }

    private Allocation parseInWindow() {
        try {
            split();
            LocalDate day = parser.day(row);
            if (!window.contains(day)) {
                return null;
            }
            Allocation allocation = parser.parse(row, day);
            checkNotRepeated(allocation);
            return allocation;
        }
        catch (BadRowException e) {
            quarantine.quarantine(file, lineNumber, e.getMessage(), lines.lineText());
            rowsQuarantined++;
            return null;
        }
    }

    /**
     * OpenCost writes a container's day once; a second row of it would charge the
     * container twice. Rows without a pod (unmounted volumes, one row each) have no such
     * identity.
     */
    private void checkNotRepeated(Allocation allocation) throws BadRowException {
        if (allocation.pod().isEmpty()) {
            return;
        }
        if (!allocation.day().equals(lastDay)) {
            lastDay = allocation.day();
            lastDayLines = firstLineOf.computeIfAbsent(lastDay, day -> new HashMap<>());
        }
        Integer first = lastDayLines.putIfAbsent(
                new PodContainer(allocation.namespace(), allocation.pod(), allocation.container()), (int) lineNumber);
        if (first != null) {
            throw new BadRowException("repeats the day, namespace, pod and container of line " + first);
        }
    }

    private void split() throws BadRowException {
        try {
            row.split(lines.buffer(), lines.lineStart(), lines.lineEnd());
        }
        catch (IllegalArgumentException e) {
            throw new BadRowException("not a CSV row: " + e.getMessage());
        }
    }

    private void open() {
        lines = new BoundedLineReader(openExport(), MAX_LINE_LENGTH);
        if (!nextLine()) {
            throw new SourceUnavailableException(
                    "The OpenCost export of cluster '" + cluster.name() + "' at " + file + " is empty", null);
        }
        try {
            parser = new OpenCostRowParser(new OpenCostHeader(CsvLine.of(stripBom(lines.lineText())).texts()),
                    cluster.name());
        }
        catch (IllegalArgumentException e) {
            throw new SourceUnavailableException("The OpenCost export of cluster '" + cluster.name() + "' at " + file
                    + " is not an OpenCost export: " + e.getMessage(), e);
        }
        lineNumber = 1;
    }

    /** Where the export is read from, for the log. */
    public String location() {
        return file;
    }

    private InputStream openExport() {
        try {
            return blobs.open(location);
        }
        catch (SourceUnavailableException e) {
            throw new SourceUnavailableException("The OpenCost export of cluster '" + cluster.name()
                    + "' is missing or unreadable: " + e.getMessage(), e);
        }
    }

    private static String stripBom(String header) {
        return header.startsWith("\uFEFF") ? header.substring(1) : header;
    }

    private void checkSkipRatio() {
        long total = rowsRead + rowsQuarantined;
        if (rowsQuarantined > 0 && BigDecimal.valueOf(rowsQuarantined)
            .divide(BigDecimal.valueOf(total), 6, RoundingMode.HALF_UP)
            .compareTo(maxSkipRatio) > 0) {
            throw new TooManyBadRowsException(cluster.name(), rowsQuarantined, total, maxSkipRatio);
        }
    }

    @Override
    public void close() {
        closeLines();
    }

    private void closeLines() {
        if (lines != null) {
            try {
                lines.close();
            }
            catch (IOException e) {
                throw new UncheckedIOException("cannot close " + file, e);
            }
            finally {
                lines = null;
            }
        }
    }

}
