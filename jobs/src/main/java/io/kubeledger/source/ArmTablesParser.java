package io.kubeledger.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the ARM tables list of a workspace
 * ({@code {"value":[{"name","properties":{"plan",…}}]}}) into the plan of each table.
 * {@code plan} is an open string and is kept as written.
 */
public final class ArmTablesParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ArmTablesParser() {
    }

    /** One page of a tables list, and the address of the next page (null on the last). */
    public record Page(TablePlans plans, String nextLink) {
    }

    /**
     * @throws IllegalArgumentException when the body is not a tables list; the message
     * says why
     */
    public static TablePlans parse(InputStream body) {
        return parsePage(body).plans();
    }

    /**
     * @throws IllegalArgumentException when the body is not a tables list; the message
     * says why
     */
    public static Page parsePage(InputStream body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        }
        catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
        JsonNode value = root == null ? null : root.path("value");
        if (value == null || !value.isArray()) {
            throw new IllegalArgumentException("not an ARM tables list: no 'value' array");
        }
        Map<String, String> plans = new LinkedHashMap<>();
        for (JsonNode table : value) {
            String name = table.path("name").asText(null);
            String plan = table.path("properties").path("plan").asText(null);
            if (name == null || plan == null) {
                throw new IllegalArgumentException("a table without a name or a plan: " + table);
            }
            plans.put(name, plan);
        }
        String nextLink = root.path("nextLink").asText(null);
        return new Page(new TablePlans(plans), nextLink == null || nextLink.isBlank() ? null : nextLink);
    }

}
