package io.kubeledger.lake;

import java.util.Arrays;
import java.util.Locale;

import io.kubeledger.config.ResourceIds;

/**
 * The FOCUS resource type, service category and service name of a resource a log, metrics
 * or monitoring line is billed on, by its ARM type, and what its shared monitoring line
 * is called.
 */
enum MonitoringServices {

    LOG_ANALYTICS("microsoft.operationalinsights/workspaces", "Microsoft.OperationalInsights/workspaces",
            "Management and Governance", "Log Analytics"),
    MANAGED_PROMETHEUS("microsoft.monitor/accounts", "Microsoft.Monitor/accounts", "Management and Governance",
            "Azure Monitor"),
    MANAGED_GRAFANA("microsoft.dashboard/grafana", "Microsoft.Dashboard/grafana", "Management and Governance",
            "Azure Managed Grafana"),
    STORAGE("microsoft.storage/storageaccounts", "Microsoft.Storage/storageAccounts", "Storage", "Storage Accounts"),
    /** Data collection endpoints and rules, action groups, any other. */
    OTHER("", "", "Management and Governance", "Azure Monitor");

    private final String armType;

    private final String resourceType;

    private final String serviceCategory;

    private final String serviceName;

    MonitoringServices(String armType, String resourceType, String serviceCategory, String serviceName) {
        this.armType = armType;
        this.resourceType = resourceType;
        this.serviceCategory = serviceCategory;
        this.serviceName = serviceName;
    }

    static MonitoringServices of(String resourceId) {
        String type = ResourceIds.type(resourceId).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(service -> service.armType.equals(type)).findFirst().orElse(OTHER);
    }

    /** The resource's type: the known spelling, else as its id writes it. */
    String resourceType(String resourceId) {
        return this == OTHER ? ResourceIds.type(resourceId) : resourceType;
    }

    String serviceCategory() {
        return serviceCategory;
    }

    String serviceName() {
        return serviceName;
    }

    /** The description of the cluster's shared monitoring billed on the resource. */
    String monitoringOf(String cluster) {
        return switch (this) {
            case LOG_ANALYTICS -> "Log Analytics monitoring ingestion of cluster " + cluster;
            case MANAGED_PROMETHEUS -> "Managed Prometheus samples of series without a namespace of cluster " + cluster;
            default -> serviceName + " monitoring of cluster " + cluster;
        };
    }

}
