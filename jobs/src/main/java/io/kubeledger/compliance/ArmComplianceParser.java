package io.kubeledger.compliance;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads the ARM bodies compliance needs: a cluster, its diagnostic settings, a storage
 * account's lifecycle policy and a container's immutability policy. ARM writes some
 * booleans as strings ({@code "True"}); both are read. Unknown fields are ignored; a body
 * that is not what it should be is an {@link IllegalArgumentException} naming the
 * problem. So is an ARM error object ({@code {"error": {"code": "AuthorizationFailed",
 * …}}}), which a proxy or a stale snapshot may serve with HTTP 200: read as a resource it
 * would say "no autoscaler, no lifecycle rule" and turn a failure into a pass.
 */
public final class ArmComplianceParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final int MESSAGE_SHOWN = 300;

    private ArmComplianceParser() {
    }

    public static ClusterProfile cluster(InputStream body) {
        JsonNode properties = read(body).path("properties");
        if (!properties.isObject() || !properties.path("agentPoolProfiles").isArray()) {
            throw new IllegalArgumentException("a managed cluster has properties.agentPoolProfiles");
        }
        boolean autoscale = false;
        for (JsonNode pool : properties.path("agentPoolProfiles")) {
            autoscale |= bool(pool.path("enableAutoScaling"), "agentPoolProfiles[].enableAutoScaling");
        }
        JsonNode aad = properties.path("aadProfile");
        return new ClusterProfile(autoscale, aad.isObject());
    }

    public static List<DiagnosticSetting> diagnosticSettings(InputStream body, CategoryGroups groups) {
        JsonNode value = read(body).path("value");
        if (!value.isArray()) {
            throw new IllegalArgumentException("a diagnostic settings list has a 'value' array");
        }
        List<DiagnosticSetting> settings = new ArrayList<>();
        for (JsonNode setting : value) {
            JsonNode properties = setting.path("properties");
            Set<String> categories = new HashSet<>();
            boolean allLogs = false;
            for (JsonNode log : properties.path("logs")) {
                if (!bool(log.path("enabled"), "logs[].enabled")) {
                    continue;
                }
                String group = text(log.path("categoryGroup"));
                if (group != null && group.equalsIgnoreCase(CategoryGroups.ALL_LOGS)) {
                    allLogs = true;
                }
                else if (group != null) {
                    categories.addAll(groups.categoriesOf(group));
                }
                String category = text(log.path("category"));
                if (category != null) {
                    categories.add(category);
                }
            }
            boolean allMetrics = false;
            for (JsonNode metric : properties.path("metrics")) {
                allMetrics |= RecommendedSetting.ALL_METRICS.equalsIgnoreCase(text(metric.path("category")))
                        && bool(metric.path("enabled"), "metrics[].enabled");
            }
            String destinationType = text(properties.path("logAnalyticsDestinationType"));
            settings.add(new DiagnosticSetting(text(setting.path("name")), categories, allLogs, allMetrics,
                    text(properties.path("workspaceId")), text(properties.path("storageAccountId")),
                    text(properties.path("eventHubAuthorizationRuleId")),
                    "Dedicated".equalsIgnoreCase(destinationType)));
        }
        return settings;
    }

    public static List<LifecycleRule> lifecycleRules(InputStream body) {
        List<LifecycleRule> rules = new ArrayList<>();
        JsonNode policy = read(body).path("properties").path("policy");
        if (!policy.path("rules").isArray()) {
            throw new IllegalArgumentException("a management policy has properties.policy.rules");
        }
        for (JsonNode rule : policy.path("rules")) {
            JsonNode definition = rule.path("definition");
            JsonNode delete = definition.path("actions").path("baseBlob").path("delete");
            Integer days = null;
            for (String field : List.of("daysAfterModificationGreaterThan", "daysAfterCreationGreaterThan",
                    "daysAfterLastAccessTimeGreaterThan")) {
                JsonNode after = delete.path(field);
                if (after.isNumber()) {
                    days = days == null ? after.intValue() : Math.min(days, after.intValue());
                }
            }
            JsonNode enabled = rule.path("enabled");
            rules.add(new LifecycleRule(text(rule.path("name")),
                    enabled.isMissingNode() || bool(enabled, "rules[].enabled"),
                    texts(definition.path("filters").path("prefixMatch")),
                    texts(definition.path("filters").path("blobTypes")), days));
        }
        return rules;
    }

    public static ImmutabilityPolicy immutability(InputStream body) {
        JsonNode properties = read(body).path("properties");
        JsonNode days = properties.path("immutabilityPeriodSinceCreationInDays");
        if (!days.canConvertToInt()) {
            throw new IllegalArgumentException("an immutability policy has immutabilityPeriodSinceCreationInDays");
        }
        return new ImmutabilityPolicy(days.asInt(), text(properties.path("state")));
    }

    private static JsonNode read(InputStream body) {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        }
        catch (IOException e) {
            throw new IllegalArgumentException("not JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        JsonNode error = root.path("error");
        if (error.isObject()) {
            throw new IllegalArgumentException("ARM answered with an error, which is no evidence: "
                    + text(error.path("code")) + ": " + shortened(text(error.path("message"))));
        }
        return root;
    }

    private static String shortened(String message) {
        return message == null || message.length() <= MESSAGE_SHOWN ? message
                : message.substring(0, MESSAGE_SHOWN) + "…";
    }

    /** A boolean ARM may write as {@code true} or {@code "True"}; absent is false. */
    private static boolean bool(JsonNode node, String field) {
        if (node.isMissingNode() || node.isNull()) {
            return false;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        String text = node.asText().toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("false")) {
            return text.equals("true");
        }
        throw new IllegalArgumentException(field + " is not a boolean: " + node);
    }

    private static String text(JsonNode node) {
        return node.isMissingNode() || node.isNull() ? null : node.asText();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

}
