package io.kubeledger.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;

import io.kubeledger.config.BlobFolder;
import io.kubeledger.config.BlobLocation;
import io.kubeledger.source.BlobSource;
import io.kubeledger.source.BlobMissingException;

/**
 * Reads the rows of one export run, part by part as its manifest lists them, by column
 * name (FocusCost 1.0, 1.0r2 and 1.2 order and name a few columns differently). A bill is
 * never half read: a part that is missing or unreadable, whose row count is not the
 * manifest's, or a row whose date or amount cannot be read fails the read, naming the run
 * and the file. Parts are CSV (RFC 4180), plain or gzip, or Parquet, Snappy or
 * uncompressed ({@link CostExportParquetPart}).
 */
final class CostExportReader {

    /**
     * A FOCUS cell is at most a few kilobytes (tags are bounded by Azure); only a corrupt
     * file has longer ones.
     */
    private static final int MAX_CELL_LENGTH = 1 << 20;

    /**
     * RFC 4180, as Cost Management writes it: a row a record, quoted fields that may hold
     * commas, quotes and line breaks; every row read as a list of texts, header included.
     */
    private static final ObjectReader CSV = new CsvMapper(CsvFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(MAX_CELL_LENGTH).build())
        .build()).enable(CsvParser.Feature.WRAP_AS_ARRAY)
        .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
        .readerForListOf(String.class);

    private static final List<String> REQUIRED = List.of("ChargePeriodStart", "BillingCurrency", "ResourceId",
            "SubAccountId", "BilledCost", "EffectiveCost");

    private final BlobSource blobs;

    private final BlobFolder folder;

    private final String costColumn;

    private final String otherColumn;

    /**
     * {@code costColumn} is the bill's charge, {@code BilledCost} or
     * {@code EffectiveCost}; the other is kept beside.
     */
    CostExportReader(BlobSource blobs, BlobFolder folder, String costColumn) {
        this.blobs = blobs;
        this.folder = folder;
        this.costColumn = costColumn;
        this.otherColumn = costColumn.equals("BilledCost") ? "EffectiveCost" : "BilledCost";
    }

    void read(CostExportManifest run, Consumer<BillRow> rows) {
        for (CostExportManifest.Part part : run.parts()) {
            BlobLocation location = new BlobLocation(folder.account(), folder.container(), part.blobName());
            String where = "part " + location + " of export run " + run.runId();
            try (InputStream source = open(location, where)) {
                CountedInputStream blob = new CountedInputStream(source);
                long read = run.fileFormat().equalsIgnoreCase("Parquet") || location.path().endsWith(".parquet")
                        ? readParquet(blob, where, rows) : readCsv(run, blob, location, where, rows);
                if (part.rows() >= 0 && read != part.rows()) {
                    throw new BillUnreadableException(where + " has " + read + " rows, and its manifest says "
                            + part.rows() + ": the run is incomplete", null);
                }
                long size = blob.size();
                if (part.bytes() >= 0 && size != part.bytes()) {
                    throw new BillUnreadableException(where + " has " + size + " bytes, and its manifest says "
                            + part.bytes() + ": the part is not the one the run wrote", null);
                }
            }
            catch (IOException e) {
                throw new BillUnreadableException(where + " cannot be read: " + firstLine(e.getMessage()), e);
            }
        }
    }

    private long readParquet(InputStream blob, String where, Consumer<BillRow> rows) {
        try {
            return CostExportParquetPart.read(blob, names -> columns(names, where),
                    (cells, row) -> rows.accept(billRow(cells, where + ", row " + row)));
        }
        catch (IOException | RuntimeException e) {
            if (e instanceof BillUnreadableException unreadable) {
                throw unreadable;
            }
            throw new BillUnreadableException(where + " cannot be read as Parquet: " + e.getMessage(), e);
        }
    }

    private long readCsv(CostExportManifest run, InputStream blob, BlobLocation location, String where,
            Consumer<BillRow> rows) {
        try (MappingIterator<List<String>> records = CSV
            .readValues(gzipped(run, location) ? new GZIPInputStream(blob) : blob)) {
            if (!records.hasNextValue()) {
                throw new BillUnreadableException(where + " is empty: every part has a header", null);
            }
            Map<String, Integer> columns = columns(withoutByteOrderMark(records.nextValue()), where);
            long count = 0;
            while (true) {
                long line = records.getParser().currentLocation().getLineNr();
                List<String> row;
                try {
                    if (!records.hasNextValue()) {
                        return count;
                    }
                    row = records.nextValue();
                }
                catch (RuntimeException | IOException e) {
                    throw new BillUnreadableException(
                            where + ", line " + line + ": not a CSV row: " + firstLine(e.getMessage()), e);
                }
                if (row.size() < columns.size()) {
                    throw new BillUnreadableException(
                            where + ", line " + line + ": has " + row.size() + " fields, the header more", null);
                }
                rows.accept(billRow(column -> text(row, columns, column), where + ", line " + line));
                count++;
            }
        }
        catch (IOException e) {
            throw new BillUnreadableException(where + " cannot be read: " + firstLine(e.getMessage()), e);
        }
    }

    private static List<String> withoutByteOrderMark(List<String> header) {
        if (header.isEmpty() || !header.get(0).startsWith("\uFEFF")) {
            return header;
        }
        List<String> names = new ArrayList<>(header);
        names.set(0, names.get(0).substring(1));
        return names;
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }

    private InputStream open(BlobLocation location, String where) {
        try {
            return blobs.open(location);
        }
        catch (BlobMissingException e) {
            throw new BillUnreadableException(where + ", which its manifest lists, is missing: " + e.getMessage(), e);
        }
    }

    private static boolean gzipped(CostExportManifest run, BlobLocation location) {
        return run.compression().equalsIgnoreCase("gzip") || location.path().endsWith(".gz");
    }

    /**
     * The position of each column, by name; a part without the columns the bill is read
     * by is no cost export.
     */
    private Map<String, Integer> columns(List<String> names, String where) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            columns.putIfAbsent(names.get(i), i);
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw new BillUnreadableException(
                        where + " is not a FOCUS cost export: its header has no '" + required + "' column", null);
            }
        }
        return columns;
    }

    /** A row of either format, from its cells by column name (empty: null or absent). */
    private BillRow billRow(Function<String, String> cells, String where) {
        String resourceId = cells.apply("ResourceId").toLowerCase(Locale.ROOT);
        String resourceType = cells.apply("ResourceType");
        return new BillRow(day(cells.apply("ChargePeriodStart"), where), subscription(cells.apply("SubAccountId")),
                cells.apply("SubAccountName"), cells.apply("x_ResourceGroupName").toLowerCase(Locale.ROOT), resourceId,
                resourceType, BillBucket.armType(resourceId, cells.apply("x_ResourceType"), resourceType),
                amount(cells.apply(costColumn), costColumn, where),
                amount(cells.apply(otherColumn), otherColumn, where), cells.apply("BillingCurrency"),
                new BillingAccount(cells.apply("BillingAccountId"), cells.apply("BillingAccountName")),
                cells.apply("InvoiceId").isEmpty() ? cells.apply("x_InvoiceId") : cells.apply("InvoiceId"));
    }

    /** Some writers put the text {@code NULL} where FOCUS has a null. */
    private static String text(List<String> row, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        String text = index == null ? "" : row.get(index);
        return text.equals("NULL") ? "" : text;
    }

    /**
     * A FOCUS date, with or without seconds ({@code 2026-11-01T00:00Z},
     * {@code 2026-11-01T00:00:00Z}).
     */
    private static LocalDate day(String text, String where) {
        try {
            return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : text);
        }
        catch (DateTimeParseException e) {
            throw new BillUnreadableException(where + ": ChargePeriodStart is not a date: '" + Shown.prefix(text) + "'",
                    e);
        }
    }

    /**
     * An amount as written, in any decimal notation, within the lake's range; an empty
     * cell is a null, nothing.
     */
    private static BigDecimal amount(String text, String column, String where) {
        if (text.isEmpty()) {
            return BigDecimal.ZERO;
        }
        try {
            BigDecimal amount = new BigDecimal(text);
            if (PlainDecimal.withinRange(amount)) {
                return amount;
            }
        }
        catch (NumberFormatException e) {
            // reported below, as an amount out of range is
        }
        throw new BillUnreadableException(
                where + ": " + column + " is not an amount within the lake's range: '" + Shown.prefix(text) + "'",
                null);
    }

    /**
     * FOCUS names a subscription by its resource id, {@code /subscriptions/<id>}; the id
     * alone is kept.
     */
    private static String subscription(String subAccountId) {
        String id = subAccountId.toLowerCase(Locale.ROOT);
        return id.startsWith("/subscriptions/") ? id.substring("/subscriptions/".length()) : id;
    }

}
