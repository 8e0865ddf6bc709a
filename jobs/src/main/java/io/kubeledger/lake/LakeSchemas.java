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
import java.util.function.Function;

import io.kubeledger.chargeback.ComputeCost;
import io.kubeledger.compliance.Finding;
import io.kubeledger.rightsizing.ContainerRecommendation;
import io.kubeledger.rightsizing.ObservedPeaks;
import io.kubeledger.rightsizing.TablePlanRecommendation;

/**
 * Every column of the lake, dataset by dataset, in the order of its files: the one place
 * a column is declared. Its Parquet schema and write order follow from here, and
 * docs/lake.md, which says what each value means, is checked against it (LakeDocTests).
 * Columns are a contract: add to them, never rename or drop one.
 */
final class LakeSchemas {

    /**
     * Every line is usage of an Azure service, billed by Microsoft as it is used (FOCUS's
     * values).
     */
    private static final String USAGE = "Usage";

    private static final String USAGE_BASED = "Usage-Based";

    private static final String MICROSOFT = "Microsoft";

    /**
     * One row of the {@code compliance} dataset: a finding and its cluster's resource id.
     */
    record ComplianceRow(Finding finding, String clusterResourceId) {
    }

    static final LakeSchema<FocusRow> CHARGEBACK = new LakeSchema<>("chargeback",
            List.of(required("BilledCost", MONEY, row -> row.amounts().billed()),
                    required("EffectiveCost", MONEY, row -> row.amounts().effective()),
                    required("ListCost", MONEY, row -> row.amounts().list()),
                    required("ContractedCost", MONEY, row -> row.amounts().contracted()),
                    nullable("PricingQuantity", MONEY, row -> row.amounts().pricingQuantity()),
                    nullable("PricingUnit", TEXT, row -> row.amounts().pricingUnit()),
                    required("BillingPeriodStart", TIMESTAMP, row -> row.periods().billingStart()),
                    required("BillingPeriodEnd", TIMESTAMP, row -> row.periods().billingEnd()),
                    required("ChargePeriodStart", TIMESTAMP, row -> row.periods().chargeStart()),
                    required("ChargePeriodEnd", TIMESTAMP, row -> row.periods().chargeEnd()),
                    required("BillingAccountId", TEXT, row -> row.resource().billingAccountId()),
                    nullable("BillingAccountName", TEXT, row -> row.resource().billingAccountName()),
                    required("BillingCurrency", TEXT, row -> row.amounts().currency()),
                    required("ChargeCategory", TEXT, row -> USAGE),
                    nullable("ChargeClass", TEXT, row -> row.charge().chargeClass()),
                    nullable("ChargeDescription", FREE_TEXT, row -> row.charge().description()),
                    nullable("ChargeFrequency", TEXT, row -> USAGE_BASED),
                    required("InvoiceIssuerName", TEXT, row -> MICROSOFT),
                    required("ProviderName", TEXT, row -> MICROSOFT), required("PublisherName", TEXT, row -> MICROSOFT),
                    nullable("InvoiceId", TEXT, row -> row.charge().invoiceId()),
                    nullable("RegionId", TEXT, row -> row.resource().regionId()),
                    nullable("RegionName", TEXT, row -> row.resource().regionName()),
                    required("ServiceCategory", TEXT, row -> row.resource().serviceCategory()),
                    required("ServiceName", TEXT, row -> row.resource().serviceName()),
                    nullable("ResourceId", TEXT, row -> row.resource().id()),
                    nullable("ResourceName", TEXT, row -> row.resource().name()),
                    nullable("ResourceType", TEXT, row -> row.resource().type()),
                    nullable("SubAccountId", TEXT, row -> row.resource().subscription()),
                    nullable("SubAccountName", TEXT, row -> row.resource().subscriptionName()),
                    nullable("Tags", FREE_TEXT, row -> row.charge().tags()),
                    required("x_Team", TEXT, row -> row.owner().team()),
                    nullable("x_CostCenter", TEXT, row -> row.owner().costCenter()),
                    required("x_Cluster", TEXT, row -> row.owner().cluster()),
                    nullable("x_Namespace", TEXT, row -> row.owner().namespace()),
                    required("x_CostKind", TEXT, row -> row.charge().costKind()),
                    required("x_Allocation", TEXT, row -> row.charge().allocation()),
                    required("x_TeamRegistered", BOOLEAN, row -> row.owner().teamRegistered()),
                    required("x_SourceRowCount", INT64, row -> row.charge().sourceRowCount()),
                    nullable("x_CostBucket", TEXT, row -> row.charge().costBucket()),
                    required("x_CostStatus", TEXT, row -> row.charge().costStatus())));

    static final LakeSchema<ContainerRecommendation> RIGHTSIZING = new LakeSchema<>(LakePartitions.RIGHTSIZING,
            List.of(required("cluster", TEXT, r -> r.key().cluster()),
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
                    required("reason", FREE_TEXT, ContainerRecommendation::reason),
                    required("basis", TEXT, ContainerRecommendation::basis),
                    nullable("cpu_usage_percentile_cores", DOUBLE, r -> observed(r, ObservedPeaks::cpuPercentileCores)),
                    nullable("ram_usage_max_bytes", DOUBLE, r -> observed(r, ObservedPeaks::ramMaxBytes)),
                    nullable("oom_killed_pod_days", INT32, r -> observed(r, ObservedPeaks::oomKilledPodDays)),
                    nullable("cpu_throttled_share", DOUBLE, r -> observed(r, ObservedPeaks::throttledShare))));

    /**
     * GB are decimal (10^9 bytes); amounts and GB are sums of priced reals, rounded to
     * the money columns' scale.
     */
    static final LakeSchema<TablePlanRecommendation> LOG_TABLES = new LakeSchema<>(LakePartitions.LOG_TABLES,
            List.of(required("workspace", TEXT, r -> r.usage().workspace()),
                    required("workspace_resource_id", TEXT, r -> r.usage().workspaceResourceId()),
                    required("table", TEXT, r -> r.usage().table()), required("plan", TEXT, r -> r.usage().plan()),
                    required("billable_gb", MONEY, r -> roundedToMoneyScale(r.usage().billableGb())),
                    required("cost", MONEY, r -> roundedToMoneyScale(r.usage().cost())),
                    nullable("queries", INT64, r -> r.usage().queries()),
                    nullable("scanned_gb", MONEY, r -> roundedToMoneyScale(r.usage().scannedGb())),
                    nullable("query_cost", MONEY, r -> roundedToMoneyScale(r.queryCost())),
                    required("recommended_plan", TEXT, TablePlanRecommendation::recommendedPlan),
                    required("monthly_savings", CENTS, TablePlanRecommendation::monthlySavings),
                    required("charged_monthly_change", CENTS, TablePlanRecommendation::chargedMonthlyChange),
                    required("reason", FREE_TEXT, TablePlanRecommendation::reason)));

    /**
     * Sums of the export's figures, which may have more decimals than 12: report figures,
     * not charges.
     */
    static final LakeSchema<ComputeCost> COMPUTE = new LakeSchema<>(LakePartitions.COMPUTE,
            List.of(required("cluster", TEXT, ComputeCost::cluster),
                    required("namespace", TEXT, ComputeCost::namespace),
                    required("cpu_cost", MONEY, c -> roundedToMoneyScale(c.cpu())),
                    required("ram_cost", MONEY, c -> roundedToMoneyScale(c.ram())),
                    required("gpu_cost", MONEY, c -> roundedToMoneyScale(c.gpu()))));

    static final LakeSchema<ComplianceRow> COMPLIANCE = new LakeSchema<>(LakePartitions.COMPLIANCE,
            List.of(required("cluster", TEXT, row -> row.finding().cluster()),
                    required("cluster_resource_id", TEXT, ComplianceRow::clusterResourceId),
                    required("check", TEXT, row -> row.finding().check()),
                    required("status", TEXT, row -> row.finding().status().value()),
                    required("severity", TEXT, row -> row.finding().severity().value()),
                    required("detail", FREE_TEXT, row -> row.finding().detail())));

    static final List<LakeSchema<?>> ALL = List.of(CHARGEBACK, RIGHTSIZING, LOG_TABLES, COMPUTE, COMPLIANCE);

    /**
     * A figure of what Prometheus saw, null where the recommendation is on OpenCost's
     * averages.
     */
    private static Object observed(ContainerRecommendation recommendation, Function<ObservedPeaks, ?> figure) {
        return recommendation.observed() == null ? null : figure.apply(recommendation.observed());
    }

    private LakeSchemas() {
    }

}
