package io.kubeledger.compliance;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import io.kubeledger.config.ResourceIds;

/**
 * Holds a cluster's diagnostic settings against the recommended settings: one finding per
 * row, and whether Log Analytics gets resource-specific tables. The detail names the
 * settings and destinations that are the evidence.
 */
public final class DiagnosticSettingsCheck implements ComplianceCheck {

    public static final String DESTINATION_TYPE = "diagnostic:destination-type";

    private final List<RecommendedSetting> recommendations;

    public DiagnosticSettingsCheck(List<RecommendedSetting> recommendations) {
        this.recommendations = recommendations;
    }

    @Override
    public List<Finding> check(ClusterEvidence cluster) {
        return check(cluster.name(), cluster.profile(), cluster.diagnosticSettings());
    }

    public List<Finding> check(String cluster, ClusterProfile profile, List<DiagnosticSetting> settings) {
        List<Finding> findings = new ArrayList<>();
        for (RecommendedSetting recommended : recommendations) {
            findings.add(check(cluster, profile, settings, recommended));
        }
        findings.add(destinationType(cluster, settings));
        return findings;
    }

    private static Finding check(String cluster, ClusterProfile profile, List<DiagnosticSetting> settings,
            RecommendedSetting recommended) {
        String category = recommended.category();
        if (!recommended.condition().holdsFor(profile)) {
            return finding(cluster, recommended, Status.NOT_APPLICABLE, switch (recommended.condition()) {
                case AUTOSCALE -> "no agent pool autoscales";
                case ENTRA_ID -> "Microsoft Entra ID integration is off";
                case ALWAYS -> throw new IllegalStateException("an unconditional row always applies");
            });
        }
        List<DiagnosticSetting> sending = settings.stream().filter(s -> s.sends(category)).toList();
        if (!recommended.enable()) {
            return sending.isEmpty() ? finding(cluster, recommended, Status.PASS, category + " is off")
                    : finding(cluster, recommended, Status.WARN,
                            category + " is on: " + evidence(sending) + "; recommended: off");
        }
        Destination wanted = recommended.destination();
        if (sending.stream().anyMatch(s -> s.destinations().contains(wanted))) {
            return finding(cluster, recommended, Status.PASS, category + " goes to " + wanted.label() + ": "
                    + evidence(sending.stream().filter(s -> s.destinations().contains(wanted)).toList()));
        }
        if (!sending.isEmpty()) {
            return finding(cluster, recommended, Status.WARN,
                    category + " goes only to " + evidence(sending) + "; recommended: " + wanted.label());
        }
        return finding(cluster, recommended, Status.FAIL, category + " is collected by no diagnostic setting"
                + (settings.isEmpty() ? " (the cluster has none)" : "") + "; recommended: " + wanted.label());
    }

    private static Finding destinationType(String cluster, List<DiagnosticSetting> settings) {
        List<DiagnosticSetting> toLogAnalytics = settings.stream()
            .filter(DiagnosticSetting::sendsLogsToLogAnalytics)
            .toList();
        if (toLogAnalytics.isEmpty()) {
            return new Finding(cluster, DESTINATION_TYPE, Status.NOT_APPLICABLE, Severity.LOW,
                    "no diagnostic setting sends logs to Log Analytics");
        }
        List<DiagnosticSetting> legacy = toLogAnalytics.stream().filter(s -> !s.dedicatedTables()).toList();
        return legacy.isEmpty()
                ? new Finding(cluster, DESTINATION_TYPE, Status.PASS, Severity.LOW,
                        "resource-specific tables: " + names(toLogAnalytics))
                : new Finding(cluster, DESTINATION_TYPE, Status.WARN, Severity.LOW,
                        "Log Analytics gets the legacy " + "AzureDiagnostics table from " + names(legacy)
                                + "; choose resource-specific tables " + "(logAnalyticsDestinationType Dedicated)");
    }

    /**
     * {@code setting 'aks-diag' → Log Analytics (log-aks), Azure Storage (staudit)}, per
     * setting.
     */
    private static String evidence(List<DiagnosticSetting> settings) {
        return settings.stream()
            .map(s -> "setting '" + s.name() + "' → "
                    + s.destinations().stream().map(d -> d.label() + " (" + ResourceIds.name(switch (d) {
                        case LOG_ANALYTICS -> s.workspaceId();
                        case STORAGE -> s.storageAccountId();
                        case EVENT_HUB -> s.eventHubRuleId();
                    }) + ")").collect(Collectors.joining(", ")))
            .collect(Collectors.joining("; "));
    }

    private static String names(List<DiagnosticSetting> settings) {
        return settings.stream().map(s -> "setting '" + s.name() + "'").collect(Collectors.joining(", "));
    }

    private static Finding finding(String cluster, RecommendedSetting recommended, Status status, String detail) {
        return new Finding(cluster, recommended.checkId(), status, recommended.severity(), detail);
    }

}
