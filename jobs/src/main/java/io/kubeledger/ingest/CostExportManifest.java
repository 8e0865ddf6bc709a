package io.kubeledger.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One run of a Cost Management export, as its {@code manifest.json} describes it: the source of truth for which parts
 * make the run (whatever else the folder holds) and how many rows each has. The run covers {@code startDate} to
 * {@code endDate}, both included.
 */
record CostExportManifest(String location, String runId, Instant submitted, LocalDate startDate, LocalDate endDate,
        String type, String dataVersion, String fileFormat, String compression, List<Part> parts) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A blob of the run, named from the container, and its rows as the manifest counts them. */
    record Part(String blobName, long rows) {
    }

    YearMonth month() {
        return YearMonth.from(startDate);
    }

    boolean covers(LocalDate day) {
        return !day.isBefore(startDate) && !day.isAfter(endDate);
    }

    static CostExportManifest parse(InputStream body, String location) {
        try {
            JsonNode root = JSON.readTree(body);
            JsonNode run = required(root, "runInfo", location);
            List<Part> parts = new ArrayList<>();
            for (JsonNode blob : required(root, "blobs", location)) {
                parts.add(new Part(text(blob, "blobName", location), blob.path("dataRowCount").asLong(-1)));
            }
            return new CostExportManifest(location, text(run, "runId", location),
                    instant(text(run, "submittedTime", location), location),
                    day(text(run, "startDate", location), location), day(text(run, "endDate", location), location),
                    root.path("exportConfig").path("type").asText(""),
                    root.path("exportConfig").path("dataVersion").asText(""),
                    root.path("deliveryConfig").path("fileFormat").asText("Csv"),
                    root.path("deliveryConfig").path("compressionMode").asText("None"), List.copyOf(parts));
        } catch (IOException e) {
            throw new BillUnreadableException("the manifest " + location + " is not JSON: " + e.getMessage(), e);
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

    /** A date as the manifests write it, with or without a time and offset: {@code 2026-11-01T00:00:00}. */
    private static LocalDate day(String text, String location) {
        try {
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new BillUnreadableException("the manifest " + location + " has a date that is not one: '"
                    + Shown.prefix(text) + "'", e);
        }
    }

    private static Instant instant(String text, String location) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new BillUnreadableException("the manifest " + location + " has a submittedTime that is not an "
                    + "instant: '" + Shown.prefix(text) + "'", e);
        }
    }
}
