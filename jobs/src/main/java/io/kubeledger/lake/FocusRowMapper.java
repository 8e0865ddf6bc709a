package io.kubeledger.lake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.kubeledger.chargeback.AllocationMethod;
import io.kubeledger.chargeback.ChargeLine;
import io.kubeledger.chargeback.ChargedLine;
import io.kubeledger.chargeback.CostKind;
import io.kubeledger.chargeback.CostStatus;
import io.kubeledger.chargeback.TeamAssignment;
import io.kubeledger.config.KubeledgerProperties.Cluster;
import io.kubeledger.config.ResourceIds;
import io.kubeledger.lake.FocusRow.Amounts;
import io.kubeledger.lake.FocusRow.Charge;
import io.kubeledger.lake.FocusRow.Owner;
import io.kubeledger.lake.FocusRow.Periods;
import io.kubeledger.lake.FocusRow.Resource;
import io.kubeledger.ingest.ArmClusters.ArmCluster;
import io.kubeledger.ingest.ArmClusters;
import io.kubeledger.ingest.BillingAccount;
import io.kubeledger.ingest.MonthBill;
import io.kubeledger.run.DayRange;

/**
 * Gives a chargeback line its FOCUS columns. The line's charge is its
 * {@code billing.cost-column} ({@code EffectiveCost}, amortized, by default); the other
 * of {@code BilledCost} and {@code EffectiveCost} is the same line charged from the
 * bill's other column (they differ where reservations and savings plans cover the nodes).
 * {@code ContractedCost} carries the charge; {@code ListCost} the charge at the price
 * list ({@link ChargedLine#listCost}): OpenCost's allocation for workload, the priced
 * ingestion for logs (of a billed workspace too), nothing for idle and corrections, which
 * no list price priced, so that a billed month and an estimated one compare on it.
 * Workload lines are billed on the cluster (Compute, Azure Kubernetes Service), log lines
 * on the workspace (Management and Governance, Log Analytics).
 */
public final class FocusRowMapper {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** What each line but a correction is priced by: one day of its charge period. */
    private static final String PRICING_UNIT = "Days";

    private final Map<String, Cluster> clusters;

    private final String currency;

    private final boolean chargesBilledCost;

    private final ArmClusters arm;

    private final MonthBill bill;

    /**
     * Keyed by a line without its day and amounts. A month's lines repeat each day's
     * (cluster, namespace, team, kind), so a few days' worth of entries cover the month,
     * and the tags' JSON and the texts are made once, not per row.
     */
    private final Map<ChargeLine, Billed> billedCache = new ConcurrentHashMap<>();

    private final Map<LocalDate, Periods> periodsCache = new ConcurrentHashMap<>();

    /**
     * Each cluster's and workspace's resource, made once, so that every row billed on it
     * carries the same texts: the Parquet writer finds their bytes by an identity check
     * rather than by comparing characters.
     */
    private final Map<String, Resource> resources = new ConcurrentHashMap<>();

    /**
     * The names, descriptions and tags of the month's lines, one instance each, for the
     * same reason.
     */
    private final Map<String, String> names = new ConcurrentHashMap<>();

    /**
     * {@code costColumn}: which of {@code BilledCost} and {@code EffectiveCost} a line's
     * charge is.
     */
    public FocusRowMapper(List<Cluster> clusters, String currency, String costColumn, ArmClusters arm, MonthBill bill) {
        this.clusters = clusters.stream().collect(Collectors.toMap(Cluster::name, Function.identity()));
        this.currency = currency;
        this.chargesBilledCost = costColumn.equals("BilledCost");
        this.arm = arm;
        this.bill = bill;
    }

    public FocusRow map(ChargedLine charged) {
        ChargeLine line = charged.line();
        ChargeLine key = new ChargeLine(null, line.cluster(), line.namespace(), line.team(), line.costCenter(),
                line.costKind(), line.bucket(), line.allocation(), line.teamRegistered(), line.workspaceResourceId(),
                null, null, 0);
        // A plain get first: the map's computeIfAbsent locks the key's bin whenever it is
        // not the bin's first key.
        Billed known = billedCache.get(key);
        Billed billed = known != null ? known : billedCache.computeIfAbsent(key, this::billed);
        boolean correction = line.costKind() == CostKind.CORRECTION;
        Periods periods = correction ? periods(line.day(), billed.corrected())
                : periodsCache.computeIfAbsent(line.day(), FocusRowMapper::periods);
        BigDecimal billedCost = chargesBilledCost ? line.cost() : charged.otherCost();
        BigDecimal effectiveCost = chargesBilledCost ? charged.otherCost() : line.cost();
        return new FocusRow(
                new Amounts(billedCost, effectiveCost, charged.listCost(), line.cost(),
                        correction ? null : BigDecimal.ONE, correction ? null : PRICING_UNIT, currency),
                periods, billed.resource(), billed.owner(),
                new Charge(correction ? "Correction" : null, billed.description(),
                        line.status() == CostStatus.BILLED ? billed.invoiceId() : null, billed.tags(),
                        line.costKind().value(), line.allocation().value(), line.sourceRows(),
                        line.bucket() == null ? null : line.bucket().value(), line.status().value()));
    }

    /**
     * A day's charge period (the day) and billing period (its month), the same for every
     * line of the day.
     */
    private static Periods periods(LocalDate day) {
        return periods(day, new DayRange(day, day.plusDays(1)));
    }

    /**
     * The billing period of {@code booked}'s month, and the charge period
     * {@code charged}.
     */
    private static Periods periods(LocalDate booked, DayRange charged) {
        LocalDate month = booked.withDayOfMonth(1);
        return new Periods(month.atStartOfDay().toInstant(ZoneOffset.UTC),
                month.plusMonths(1).atStartOfDay().toInstant(ZoneOffset.UTC),
                charged.start().atStartOfDay().toInstant(ZoneOffset.UTC),
                charged.end().atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /**
     * The columns of a line that do not change from day to day, its names one instance
     * each for the month, so that the Parquet writer finds their encoded bytes by an
     * identity check.
     */
    private record Billed(Resource resource, String invoiceId, Owner owner, String description, String tags,
            DayRange corrected) {
    }

    private Billed billed(ChargeLine line) {
        Optional<ArmCluster> cluster = line.workspaceResourceId() == null ? arm.of(line.cluster()) : Optional.empty();
        Resource resource = line.workspaceResourceId() == null
                ? resources.computeIfAbsent(clusters.get(line.cluster()).resourceId(),
                        id -> resource(id, "Microsoft.ContainerService/managedClusters", "Compute",
                                "Azure Kubernetes Service", cluster.map(ArmCluster::location).orElse("")))
                : resources.computeIfAbsent(line.workspaceResourceId(), id -> {
                    MonitoringServices service = MonitoringServices.of(id);
                    return resource(id, service.resourceType(id), service.serviceCategory(), service.serviceName(), "");
                });
        String invoiceId = bill.invoiceIds(resource.subscription()).orElse(null);
        String namespace = line.namespace().isEmpty() ? null : name(line.namespace());
        DayRange corrected = line.costKind() != CostKind.CORRECTION ? null
                : (line.workspaceResourceId() == null ? bill.correctedPeriod(line.cluster(), line.bucket())
                        : bill.correctedPeriod(line.workspaceResourceId()))
                    .orElseThrow(() -> new IllegalStateException("a correction the bill does not carry: " + line));
        Owner owner = new Owner(name(line.team()), line.costCenter() == null ? null : name(line.costCenter()),
                name(line.cluster()), namespace, line.teamRegistered());
        return new Billed(resource, invoiceId, owner, name(description(line, corrected)),
                name(tags(line, namespace, cluster.map(ArmCluster::tags).orElse(Map.of()))), corrected);
    }

    /**
     * A resource's columns: its subscription's name, billing account and invoice from the
     * bill (without a bill, the subscription stands for the account), its region from
     * ARM.
     */
    private Resource resource(String id, String type, String serviceCategory, String serviceName, String location) {
        String subscription = id.split("/")[2];
        String subscriptionName = bill.subscriptionName(subscription);
        BillingAccount account = bill.billingAccount(subscription)
            .orElse(new BillingAccount(subscription, subscriptionName));
        return new Resource(id, ResourceIds.name(id), type, subscription, subscriptionName, account.id(),
                account.name().isEmpty() ? null : account.name(), serviceCategory, serviceName,
                location.isEmpty() ? null : location, location.isEmpty() ? null : AzureRegions.name(location));
    }

    private String name(String name) {
        return names.computeIfAbsent(name, Function.identity());
    }

    private static String description(ChargeLine line, DayRange corrected) {
        String namespace = line.namespace().isEmpty() ? "(no namespace)" : line.namespace();
        String what = switch (line.costKind()) {
            case WORKLOAD -> "Kubernetes workload cost of namespace " + namespace + " in cluster " + line.cluster();
            case CONTAINER_LOGS ->
                "Log Analytics container-log ingestion of namespace " + namespace + " in cluster " + line.cluster();
            case MONITORING -> MonitoringServices.of(line.workspaceResourceId()).monitoringOf(line.cluster());
            case METRICS -> "Managed Prometheus samples of namespace " + namespace + " in cluster " + line.cluster();
            case IDLE -> "Idle cost (" + line.bucket().value() + ": billed, not allocated to containers) of cluster "
                    + line.cluster();
            case CORRECTION -> "Correction of " + corrected + " on this month's invoice: "
                    + (line.bucket() != null ? line.bucket().value() + " of cluster " + line.cluster()
                            : MonitoringServices.of(line.workspaceResourceId()).serviceName() + " of cluster "
                                    + line.cluster());
        };
        boolean sharedOut = line.allocation() == AllocationMethod.SHARED
                && !TeamAssignment.SHARED_TEAM.equals(line.team());
        return sharedOut ? what + ", shared among the cluster's teams" : what;
    }

    /** The resource's Azure tags, then kubeledger's own, which win a clash. */
    private static String tags(ChargeLine line, String namespace, Map<String, String> azureTags) {
        Map<String, String> tags = new TreeMap<>(azureTags);
        tags.put("kubeledger/cluster", line.cluster());
        tags.put("kubeledger/team", line.team());
        if (namespace != null) {
            tags.put("kubeledger/namespace", namespace);
        }
        if (line.costCenter() != null) {
            tags.put("kubeledger/cost-center", line.costCenter());
        }
        try {
            return JSON.writeValueAsString(tags);
        }
        catch (JsonProcessingException e) {
            throw new IllegalStateException("tags of " + line + " cannot be written as JSON", e);
        }
    }

}
