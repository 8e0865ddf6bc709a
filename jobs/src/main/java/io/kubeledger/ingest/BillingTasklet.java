package io.kubeledger.ingest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.kubeledger.config.BillingProperties;
import io.kubeledger.config.BlobFolder;
import io.kubeledger.config.KubeledgerProperties.Cluster;
import io.kubeledger.config.KubeledgerProperties.Workspace;
import io.kubeledger.ingest.MonthBillReader.ComposedBill;
import io.kubeledger.run.RunWindow;
import io.kubeledger.source.ArmSource;
import io.kubeledger.source.BlobSource;
import io.kubeledger.source.SourceUnavailableException;

/**
 * The {@code billingStep}: reads each cluster's ARM body ({@link ArmClusters}), then the
 * month's Cost Management FOCUS export, each day from the newest run with rows of it
 * ({@link MonthBillReader}), and sums the rows of the configured clusters (their node
 * resource group, which ARM names, and the cluster resource) and workspaces for the days
 * the runs bill, for the chargeback to reconcile with ({@link MonthBill}). Without
 * {@code kubeledger.billing.cost-export} it does nothing: the month stays an estimate.
 * What it finds also goes to the run's summary.
 */
public class BillingTasklet implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(BillingTasklet.class);

    private final BillingProperties billing;

    private final BlobSource blobs;

    private final ArmSource arm;

    private final List<Cluster> clusters;

    private final List<Workspace> workspaces;

    private final BilledMonitoring monitoring;

    private final String currency;

    private final RunWindow window;

    private final MonthBill bill;

    private final ArmClusters armClusters;

    public BillingTasklet(BillingProperties billing, BlobSource blobs, ArmSource arm, List<Cluster> clusters,
            List<Workspace> workspaces, BilledMonitoring monitoring, String currency, RunWindow window, MonthBill bill,
            ArmClusters armClusters) {
        this.billing = billing;
        this.blobs = blobs;
        this.arm = arm;
        this.clusters = clusters;
        this.workspaces = workspaces;
        this.monitoring = monitoring;
        this.currency = currency;
        this.window = window;
        this.bill = bill;
        this.armClusters = armClusters;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        clusters.forEach(cluster -> armClusters.read(cluster, arm));
        if (!billing.configured()) {
            return RepeatStatus.FINISHED;
        }
        ExecutionContext context = contribution.getStepExecution().getExecutionContext();
        BlobFolder folder = BlobFolder.parse(billing.costExport());
        CostExportRuns exportRuns = new CostExportRuns(blobs, folder);
        List<CostExportManifest> runs = exportRuns.newestFirst(window.month());
        if (runs.isEmpty()) {
            return estimate(context, "the cost export " + folder + " has no run for " + window.month()
                    + exportRuns.layoutFound() + ": the month is an estimate");
        }
        List<BilledCosts.ClusterResources> resources = clusterResources();
        ComposedBill composed = new MonthBillReader(new CostExportReader(blobs, folder, billing.costColumn()),
                () -> new BilledCosts(resources, workspaces, monitoring), currency)
            .read(runs, window.monthToDate(), contribution::incrementReadCount);
        if (composed.runs().isEmpty()) {
            return estimate(context,
                    "no run of the cost export " + folder + " for " + window.month() + " (the newest "
                            + runs.get(0).runId() + ") has a row of the month's days to " + window.reportDate()
                            + ": the month is an estimate");
        }
        BilledCosts billed = composed.billed();
        bill.billed(composed.runs(), billed, composed.priorPeriods());
        bill.bridged(billed.bridge(billing.costColumn()));
        bill.named(billed.subscriptionNames(), billed.billingAccounts(), billed.invoiceIds());
        Map<String, BigDecimal> billedByType = new TreeMap<>();
        Map<String, Long> rowsByType = new TreeMap<>();
        billed.matchedByType().forEach((type, sum) -> {
            billedByType.put(type, sum.cost());
            rowsByType.put(type, sum.rows());
        });
        String runIds = describe(composed, CostExportManifest::runId);
        List<String> notOnBill = clusters.stream()
            .map(Cluster::name)
            .filter(name -> !billed.byCluster().containsKey(name))
            .toList();
        if (!notOnBill.isEmpty()) {
            LOG.warn("the bill ({}) has no row of the clusters {}: their days stay estimates (is their node resource "
                    + "group's subscription in the export's scope?)", runIds, notOnBill);
        }
        Map<String, BigDecimal> corrections = new TreeMap<>(composed.priorPeriods().clusterTotals());
        corrections.putAll(composed.priorPeriods().workspaceTotals());
        corrections.putAll(composed.priorPeriods().monitoringTotals());
        BillSummary.RESULT.put(context, new BillSummary(null,
                (composed.runs().size() == 1 ? "export run " : "export runs ")
                        + describe(composed, run -> run.runId() + " (" + run.location() + ")"),
                runIds, composed.billedThrough(), billed.clusterTotals(), billed.workspaceTotals(),
                billed.monitoringTotals(), billedByType, rowsByType, billed.rowsOfOthers(), notOnBill, corrections));
        return RepeatStatus.FINISHED;
    }

    private static RepeatStatus estimate(ExecutionContext context, String missing) {
        LOG.warn(missing);
        BillSummary.RESULT.put(context, BillSummary.missing(missing));
        return RepeatStatus.FINISHED;
    }

    /**
     * The runs that make the bill as the summary and the reports name them: one run by
     * itself; several each with the days it is the bill of
     * ({@code A for 2026-10-10 to 2026-10-12, and run B for 2026-10-01 to 2026-10-09, ...}).
     */
    private static String describe(ComposedBill composed, Function<CostExportManifest, String> name) {
        if (composed.runs().size() == 1) {
            return name.apply(composed.runs().get(0).run());
        }
        return composed.runs()
            .stream()
            .map(run -> name.apply(run.run()) + " for " + run.stretches())
            .collect(Collectors.joining(", and run "));
    }

    /**
     * Each cluster's resources on the bill; its node resource group comes from its ARM
     * body.
     */
    private List<BilledCosts.ClusterResources> clusterResources() {
        List<BilledCosts.ClusterResources> resources = new ArrayList<>();
        for (Cluster cluster : clusters) {
            String nodeResourceGroup = armClusters.of(cluster.name()).orElseThrow().nodeResourceGroup();
            if (nodeResourceGroup.isEmpty()) {
                throw new SourceUnavailableException(
                        "AKS cluster " + cluster.name() + " (" + cluster.resourceId()
                                + ") has no properties.nodeResourceGroup, so its resources cannot be found on the bill",
                        null);
            }
            resources.add(BilledCosts.ClusterResources.of(cluster, nodeResourceGroup));
        }
        return resources;
    }

}
