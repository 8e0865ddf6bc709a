package io.kubeledger.lake;

import static io.kubeledger.lake.LakeColumn.nullable;
import static io.kubeledger.lake.LakeColumn.required;
import static io.kubeledger.lake.LakeType.BOOLEAN;
import static io.kubeledger.lake.LakeType.CENTS;
import static io.kubeledger.lake.LakeType.DOUBLE;
import static io.kubeledger.lake.LakeType.FREE_TEXT;
import static io.kubeledger.lake.LakeType.INT32;
import static io.kubeledger.lake.LakeType.INT64;
import static io.kubeledger.lake.LakeType.MONEY;
import static io.kubeledger.lake.LakeType.TEXT;
import static io.kubeledger.lake.LakeType.TIMESTAMP;
import static io.kubeledger.lake.LakeType.roundedToMoneyScale;

import java.util.List;

import io.kubeledger.chargeback.ComputeCost;
import io.kubeledger.compliance.Finding;
import io.kubeledger.rightsizing.ContainerRecommendation;
import io.kubeledger.rightsizing.TablePlanRecommendation;

/**
 * Every column of the lake, dataset by dataset, in the order of its files: the one place a column is declared. Its
 * Parquet schema and write order follow from here, and docs/lake.md, which says what each value means, is checked
 * against it (LakeDocTests). Columns are a contract: add to them, never rename or drop one.
 */
final class LakeSchemas {

    /** One row of the {@code compliance} dataset: a finding and its cluster's resource id. */
    record ComplianceRow(Finding finding, String clusterResourceId) {
    }

    static final LakeSchema<FocusRow> CHARGEBACK = new LakeSchema<>("chargeback", List.of(
            required("BilledCost", MONEY, FocusRow::billedCost),
            required("EffectiveCost", MONEY, FocusRow::effectiveCost),
            required("ListCost", MONEY, FocusRow::listCost),
            required("ContractedCost", MONEY, FocusRow::contractedCost),
            nullable("PricingQuantity", MONEY, FocusRow::pricingQuantity),
            nullable("PricingUnit", TEXT, FocusRow::pricingUnit),
            required("BillingPeriodStart", TIMESTAMP, FocusRow::billingPeriodStart),
            required("BillingPeriodEnd", TIMESTAMP, FocusRow::billingPeriodEnd),
            required("ChargePeriodStart", TIMESTAMP, FocusRow::chargePeriodStart),
            required("ChargePeriodEnd", TIMESTAMP, FocusRow::chargePeriodEnd),
            required("BillingAccountId", TEXT, FocusRow::billingAccountId),
            nullable("BillingAccountName", TEXT, FocusRow::billingAccountName),
            required("BillingCurrency", TEXT, FocusRow::billingCurrency),
            required("ChargeCategory", TEXT, FocusRow::chargeCategory),
            nullable("ChargeClass", TEXT, FocusRow::chargeClass),
            nullable("ChargeDescription", FREE_TEXT, FocusRow::chargeDescription),
            nullable("ChargeFrequency", TEXT, FocusRow::chargeFrequency),
            required("InvoiceIssuerName", TEXT, FocusRow::invoiceIssuerName),
            required("ProviderName", TEXT, FocusRow::providerName),
            required("PublisherName", TEXT, FocusRow::publisherName),
            nullable("InvoiceId", TEXT, FocusRow::invoiceId),
            nullable("RegionId", TEXT, FocusRow::regionId),
            nullable("RegionName", TEXT, FocusRow::regionName),
            required("ServiceCategory", TEXT, FocusRow::serviceCategory),
            required("ServiceName", TEXT, FocusRow::serviceName),
            nullable("ResourceId", TEXT, FocusRow::resourceId),
            nullable("ResourceName", TEXT, FocusRow::resourceName),
            nullable("ResourceType", TEXT, FocusRow::resourceType),
            nullable("SubAccountId", TEXT, FocusRow::subAccountId),
            nullable("SubAccountName", TEXT, FocusRow::subAccountName),
            nullable("Tags", FREE_TEXT, FocusRow::tags),
            required("x_Team", TEXT, FocusRow::team),
            nullable("x_CostCenter", TEXT, FocusRow::costCenter),
            required("x_Cluster", TEXT, FocusRow::cluster),
            nullable("x_Namespace", TEXT, FocusRow::namespace),
            required("x_CostKind", TEXT, FocusRow::costKind),
            required("x_Allocation", TEXT, FocusRow::allocation),
            required("x_TeamRegistered", BOOLEAN, FocusRow::teamRegistered),
            required("x_SourceRowCount", INT64, FocusRow::sourceRowCount),
            nullable("x_CostBucket", TEXT, FocusRow::costBucket),
            required("x_CostStatus", TEXT, FocusRow::costStatus)));

    static final LakeSchema<ContainerRecommendation> RIGHTSIZING = new LakeSchema<>(LakePartitions.RIGHTSIZING, List.of(
            required("cluster", TEXT, r -> r.key().cluster()),
            required("namespace", TEXT, r -> r.key().namespace()),
            required("controller_kind", TEXT, r -> r.key().controllerKind()),
            required("controller", TEXT, r -> r.key().controller()),
            required("container", TEXT, r -> r.key().container()),
            required("team", TEXT, ContainerRecommendation::team),
            required("days_observed", INT32, ContainerRecommendation::daysObserved),
            required("cpu_request_cores", DOUBLE, ContainerRecommendation::cpuRequestCores),
            required("cpu_usage_avg_cores", DOUBLE, ContainerRecommendation::cpuUsageAvgCores),
            required("cpu_usage_peak_daily_cores", DOUBLE, ContainerRecommendation::cpuUsagePeakDailyCores),
            required("cpu_recommended_cores", DOUBLE, ContainerRecommendation::cpuRecommendedCores),
            required("ram_request_bytes", DOUBLE, ContainerRecommendation::ramRequestBytes),
            required("ram_usage_avg_bytes", DOUBLE, ContainerRecommendation::ramUsageAvgBytes),
            required("ram_usage_peak_daily_bytes", DOUBLE, ContainerRecommendation::ramUsagePeakDailyBytes),
            required("ram_recommended_bytes", DOUBLE, ContainerRecommendation::ramRecommendedBytes),
            required("monthly_savings", CENTS, ContainerRecommendation::monthlySavings),
            required("action", TEXT, r -> r.action().value()),
            required("reason", FREE_TEXT, ContainerRecommendation::reason)));

    /** GB are decimal (10^9 bytes); amounts and GB are sums of priced reals, rounded to the money columns' scale. */
    static final LakeSchema<TablePlanRecommendation> LOG_TABLES = new LakeSchema<>(LakePartitions.LOG_TABLES, List.of(
            required("workspace", TEXT, r -> r.usage().workspace()),
            required("workspace_resource_id", TEXT, r -> r.usage().workspaceResourceId()),
            required("table", TEXT, r -> r.usage().table()),
            required("plan", TEXT, r -> r.usage().plan()),
            required("billable_gb", MONEY, r -> roundedToMoneyScale(r.usage().billableGb())),
            required("cost", MONEY, r -> roundedToMoneyScale(r.usage().cost())),
            nullable("queries", INT64, r -> r.usage().queries()),
            nullable("scanned_gb", MONEY, r -> roundedToMoneyScale(r.usage().scannedGb())),
            nullable("query_cost", MONEY, r -> roundedToMoneyScale(r.queryCost())),
            required("recommended_plan", TEXT, TablePlanRecommendation::recommendedPlan),
            required("monthly_savings", CENTS, TablePlanRecommendation::monthlySavings),
            required("charged_monthly_change", CENTS, TablePlanRecommendation::chargedMonthlyChange),
            required("reason", FREE_TEXT, TablePlanRecommendation::reason)));

    /** Sums of the export's figures, which may have more decimals than 12: report figures, not charges. */
    static final LakeSchema<ComputeCost> COMPUTE = new LakeSchema<>(LakePartitions.COMPUTE, List.of(
            required("cluster", TEXT, ComputeCost::cluster),
            required("namespace", TEXT, ComputeCost::namespace),
            required("cpu_cost", MONEY, c -> roundedToMoneyScale(c.cpu())),
            required("ram_cost", MONEY, c -> roundedToMoneyScale(c.ram())),
            required("gpu_cost", MONEY, c -> roundedToMoneyScale(c.gpu()))));

    static final LakeSchema<ComplianceRow> COMPLIANCE = new LakeSchema<>(LakePartitions.COMPLIANCE, List.of(
            required("cluster", TEXT, row -> row.finding().cluster()),
            required("cluster_resource_id", TEXT, ComplianceRow::clusterResourceId),
            required("check", TEXT, row -> row.finding().check()),
            required("status", TEXT, row -> row.finding().status().value()),
            required("severity", TEXT, row -> row.finding().severity().value()),
            required("detail", FREE_TEXT, row -> row.finding().detail())));

    static final List<LakeSchema<?>> ALL = List.of(CHARGEBACK, RIGHTSIZING, LOG_TABLES, COMPUTE, COMPLIANCE);

    private LakeSchemas() {
    }
}
