package io.kubeledger.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A diagnostic setting of a cluster, as ARM lists it: the log categories it enables (its
 * category groups expanded; {@code allLogs} enables every one), whether it sends
 * AllMetrics, and its destinations. {@code dedicatedTables} is false when Log Analytics
 * gets the legacy {@code AzureDiagnostics} table instead of the resource-specific ones.
 */
public record DiagnosticSetting(String name, Set<String> enabledCategories, boolean allLogs, boolean allMetrics,
        String workspaceId, String storageAccountId, String eventHubRuleId, boolean dedicatedTables) {

    public List<Destination> destinations() {
        List<Destination> destinations = new ArrayList<>();
        if (present(workspaceId)) {
            destinations.add(Destination.LOG_ANALYTICS);
        }
        if (present(storageAccountId)) {
            destinations.add(Destination.STORAGE);
        }
        if (present(eventHubRuleId)) {
            destinations.add(Destination.EVENT_HUB);
        }
        return destinations;
    }

    /** True when the setting sends the category (or {@code AllMetrics}) anywhere. */
    public boolean sends(String category) {
        if (destinations().isEmpty()) {
            return false;
        }
        return RecommendedSetting.ALL_METRICS.equals(category) ? allMetrics
                : allLogs || enabledCategories.contains(category);
    }

    /** True when the setting sends logs to Log Analytics. */
    public boolean sendsLogsToLogAnalytics() {
        return present(workspaceId) && (allLogs || !enabledCategories.isEmpty());
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
