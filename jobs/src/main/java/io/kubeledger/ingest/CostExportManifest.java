package io.kubeledger.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.kubeledger.config.BlobLocation;

/**
 * One run of a Cost Management export, as its {@code manifest.json} describes it: the
 * source of truth for which parts make the run (whatever else the folder holds) and how
 * many rows each has. The run covers {@code startDate} to {@code endDate}, both included.
 */
record CostExportManifest(String location, String runId, Instant submitted, LocalDate startDate, LocalDate endDate,
        String type, String dataVersion, String fileFormat, String compression, List<Part> parts) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A blob of the run, named from the container, and its rows and bytes as the manifest
     * counts them (-1: not).
     */
    record Part(String blobName, long rows, long bytes) {
    }

    YearMonth month() {
        return YearMonth.from(startDate);
    }

    boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    /**
     * The manifest at {@code manifest}, whose parts must lie in its run's folder, each
     * listed once, and add up to the counts it gives for the whole run: a part outside it
     * would charge another run's (or anything's) rows, and a part listed twice its rows
     * twice.
     */
    static CostExportManifest parse(InputStream body, BlobLocation manifest) {
        String location = manifest.toString();
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode run = required(root, "runInfo", location);
            String runFolder = manifest.path().substring(0, manifest.path().lastIndexOf('/') + 1);
            List<Part> parts = new ArrayList<>();
            Set<String> listed = new HashSet<>();
            for (JsonNode blob : required(root, "blobs", location)) {
                String name = text(blob, "blobName", location);
                if (!inFolder(name, runFolder)) {
                    String shown = name.startsWith(runFolder) ? name.substring(runFolder.length()) : name;
                    throw new BillUnreadableException(
                            "the manifest " + location + " lists a part outside its run's " + "folder, '"
                                    + Shown.prefix(shown) + "': refused, as it would charge rows not of this run",
                            null);
                }
                if (!listed.add(name)) {
                    throw new BillUnreadableException("the manifest " + location + " lists the part " + name
                            + " twice: refused, as its rows would be charged twice", null);
                }
                parts.add(new Part(name, blob.path("dataRowCount").asLong(-1), blob.path("byteCount").asLong(-1)));
            }
            requireSum(location, "blobCount", root.path("blobCount").asLong(-1), parts.size());
            if (parts.stream().allMatch(part -> part.rows() >= 0)) {
                requireSum(location, "dataRowCount", root.path("dataRowCount").asLong(-1),
                        parts.stream().mapToLong(Part::rows).sum());
            }
            if (parts.stream().allMatch(part -> part.bytes() >= 0)) {
                requireSum(location, "byteCount", root.path("byteCount").asLong(-1),
                        parts.stream().mapToLong(Part::bytes).sum());
            }
            return new CostExportManifest(location, text(run, "runId", location),
                    instant(text(run, "submittedTime", location), location),
                    day(text(run, "startDate", location), location), day(text(run, "endDate", location), location),
                    root.path("exportConfig").path("type").asText(""),
                    root.path("exportConfig").path("dataVersion").asText(""),
                    root.path("deliveryConfig").path("fileFormat").asText("Csv"),
                    root.path("deliveryConfig").path("compressionMode").asText("None"), List.copyOf(parts));
        }
        catch (IOException e) {
            throw new BillUnreadableException("the manifest " + location + " is not JSON: " + e.getMessage(), e);
        }
    }

    /**
     * A blob name under the folder, climbing nowhere: no empty, {@code .} or {@code ..}
     * segment, no backslash.
     */
    private static boolean inFolder(String name, String folder) {
        return name.startsWith(folder) && !name.contains("\\")
                && Arrays.stream(name.substring(folder.length()).split("/", -1))
                    .noneMatch(segment -> segment.isEmpty() || segment.equals(".") || segment.equals(".."));
    }

    /**
     * The run's count of a thing, where the manifest gives one, must be its parts' sum.
     */
    private static void requireSum(String location, String field, long stated, long ofParts) {
        if (stated >= 0 && stated != ofParts) {
            throw new BillUnreadableException("the manifest " + location + " says " + field + " " + stated
                    + ", and its parts add up to " + ofParts + ": refused, as the run is not what it says", null);
        }
    }

    private static JsonNode required(JsonNode node, String field, String location) {
        JsonNode value = node.path(field);
        if (value.isMissingNode() || value.isNull()) {
            throw new BillUnreadableException("the manifest " + location + " has no " + field, null);
        }
        return value;
    }

    private static String text(JsonNode node, String field, String location) {
        return required(node, field, location).asText();
    }

    /**
     * A date as the manifests write it, with or without a time and offset:
     * {@code 2026-11-01T00:00:00}.
     */
    private static LocalDate day(String text, String location) {
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        }
        catch (DateTimeParseException e) {
            throw new BillUnreadableException(
                    "the manifest " + location + " has a date that is not one: '" + Shown.prefix(text) + "'", e);
        }
    }

    private static Instant instant(String text, String location) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        }
        catch (DateTimeParseException e) {
            throw new BillUnreadableException("the manifest " + location + " has a submittedTime that is not an "
                    + "instant: '" + Shown.prefix(text) + "'", e);
        }
    }
}
