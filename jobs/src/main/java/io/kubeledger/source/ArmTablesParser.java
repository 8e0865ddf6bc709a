package io.kubeledger.source;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the ARM tables list of a workspace ({@code {"value":[{"name","properties":{"plan",…}}]}}) into the plan of
 * each table. {@code plan} is an open string and is kept as written.
 */
public final class ArmTablesParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ArmTablesParser() {
    }

    /** @throws IllegalArgumentException when the body is not a tables list; the message says why */
    public static TablePlans parse(InputStream body) throws IOException {
        JsonNode value = JSON.readTree(body).path("value");
        if (!value.isArray()) {
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
        return new TablePlans(plans);
    }
}
