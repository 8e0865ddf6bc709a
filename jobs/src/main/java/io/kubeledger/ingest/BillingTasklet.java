package io.kubeledger.ingest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.kubeledger.run.ContextAmounts;
import io.kubeledger.config.BillingProperties;
import io.kubeledger.config.BlobFolder;
import io.kubeledger.config.KubeledgerProperties.Cluster;
import io.kubeledger.config.KubeledgerProperties.Workspace;
import io.kubeledger.run.DayRange;
import io.kubeledger.run.RunWindow;
import io.kubeledger.source.ArmSource;
import io.kubeledger.source.BlobSource;
import io.kubeledger.source.SourceUnavailableException;

/**
 * The {@code billingStep}: reads each cluster's ARM body ({@link ArmClusters}), then the newest run of the month's Cost
 * Management FOCUS export, whole, and sums the rows of the configured clusters (their node resource group, which ARM
 * names, and the cluster resource) and workspaces for the days the run charges, for the chargeback to reconcile with
 * ({@link MonthBill}). Without
 * {@code kubeledger.billing.cost-export} it does nothing: the month stays an estimate. What it finds also goes to the
 * run's summary.
 */
public class BillingTasklet implements Tasklet {

    /** The job context's record of the bill: which run, through which day, and each cluster's and workspace's sum. */
    public static final String RUN = "billing.run";
    /** The export run's id alone, which the reports name. */
    public static final String RUN_ID = "billing.runId";
    public static final String BILLED_THROUGH = "billing.billedThrough";
    public static final String BILLED_BY_CLUSTER = "billing.billedByCluster";
    public static final String BILLED_BY_WORKSPACE = "billing.billedByWorkspace";
    public static final String ROWS_READ = "billing.rowsRead";
    /** The bill's rows charged to the clusters and workspaces, by resource type: their sum, and how many. */
    public static final String BILLED_BY_TYPE = "billing.billedByResourceType";
    public static final String ROWS_BY_TYPE = "billing.rowsByResourceType";
    public static final String ROWS_OF_OTHERS = "billing.rowsOfOtherResources";
    public static final String MISSING = "billing.missing";
    /** Configured clusters of which the run has no row (outside the export's scope?): their days stay estimates. */
    public static final String NOT_ON_BILL = "billing.clustersNotOnBill";

    private static final String FOCUS_COST = "FocusCost";
    private static final Logger LOG = LoggerFactory.getLogger(BillingTasklet.class);

    private final BillingProperties billing;
    private final BlobSource blobs;
    private final ArmSource arm;
    private final List<Cluster> clusters;
    private final List<Workspace> workspaces;
    private final String currency;
    private final RunWindow window;
    private final MonthBill bill;
    private final ArmClusters armClusters;

    public BillingTasklet(BillingProperties billing, BlobSource blobs, ArmSource arm, List<Cluster> clusters,
            List<Workspace> workspaces, String currency, RunWindow window, MonthBill bill, ArmClusters armClusters) {
        this.billing = billing;
        this.blobs = blobs;
        this.arm = arm;
        this.clusters = clusters;
        this.workspaces = workspaces;
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
        CostExportManifest run = new CostExportRuns(blobs, folder).newest(window.month()).orElse(null);
        if (run == null) {
            String missing = "the cost export " + folder + " has no run for " + window.month()
                    + ": the month is an estimate";
            LOG.warn(missing);
            context.putString(MISSING, missing);
            return RepeatStatus.FINISHED;
        }
        if (!run.type().isEmpty() && !run.type().equalsIgnoreCase(FOCUS_COST)) {
            throw new BillUnreadableException("export run " + run.runId() + " (" + run.location() + ") is a "
                    + run.type() + " export: kubeledger reads FocusCost exports", null);
        }
        LOG.info("reading the bill: export run {} of {} ({} to {}, submitted {})", run.runId(), window.month(),
                run.startDate(), run.endDate(), run.submitted());
        BilledCosts billed = new BilledCosts(clusterResources(), workspaces);
        DayRange charged = window.monthToDate();
        long[] rows = {0};
        LocalDate[] lastDayWithRows = {null};
        new CostExportReader(blobs, folder, billing.costColumn()).read(run, row -> {
            rows[0]++;
            contribution.incrementReadCount();
            if (!row.currency().isEmpty() && !row.currency().equalsIgnoreCase(currency)) {
                throw new BillUnreadableException("export run " + run.runId() + " bills in " + row.currency()
                        + ", and kubeledger.currency is " + currency, null);
            }
            if (charged.contains(row.day())) {
                billed.add(row);
                if (lastDayWithRows[0] == null || row.day().isAfter(lastDayWithRows[0])) {
                    lastDayWithRows[0] = row.day();
                }
            }
        });
        if (lastDayWithRows[0] == null) {
            String missing = "the newest run of the cost export " + folder + " for " + window.month() + ", "
                    + run.runId() + ", has no row of the month's days to " + window.reportDate()
                    + ": the month is an estimate";
            LOG.warn(missing);
            context.putString(MISSING, missing);
            return RepeatStatus.FINISHED;
        }
        context.putString(RUN, run.runId() + " (" + run.location() + ")");
        context.putString(RUN_ID, run.runId());
        // A run covers the days to its endDate; its last days may have no row yet (usage arrives up to a day late), and
        // a day without any row is not billed nothing but not billed yet.
        LocalDate through = Collections.min(List.of(run.endDate(), window.reportDate(), lastDayWithRows[0]));
        context.putString(BILLED_THROUGH, through.toString());
        LocalDate from = run.startDate().isAfter(charged.start()) ? run.startDate() : charged.start();
        bill.billed(from, through, billed.byCluster(), billed.byWorkspaceResourceId());
        bill.named(billed.subscriptionNames());
        context.putLong(ROWS_READ, rows[0]);
        context.putLong(ROWS_OF_OTHERS, billed.rowsOfOthers());
        context.put(BILLED_BY_CLUSTER, ContextAmounts.of(billed.clusterTotals()));
        context.put(BILLED_BY_WORKSPACE, ContextAmounts.of(billed.workspaceTotals()));
        LinkedHashMap<String, BigDecimal> billedByType = new LinkedHashMap<>();
        LinkedHashMap<String, Long> rowsByType = new LinkedHashMap<>();
        billed.matchedByType().forEach((type, sum) -> {
            billedByType.put(type, sum.cost());
            rowsByType.put(type, sum.rows());
        });
        context.put(BILLED_BY_TYPE, ContextAmounts.of(billedByType));
        ArrayList<String> notOnBill = new ArrayList<>(clusters.stream().map(Cluster::name)
                .filter(name -> !billed.byCluster().containsKey(name)).toList());
        if (!notOnBill.isEmpty()) {
            LOG.warn("export run {} has no row of the clusters {}: their days stay estimates (is their node resource "
                    + "group's subscription in the export's scope?)", run.runId(), notOnBill);
        }
        context.put(NOT_ON_BILL, notOnBill);
        context.put(ROWS_BY_TYPE, rowsByType);
        return RepeatStatus.FINISHED;
    }

    /** Each cluster's resources on the bill; its node resource group comes from its ARM body. */
    private List<BilledCosts.ClusterResources> clusterResources() {
        List<BilledCosts.ClusterResources> resources = new ArrayList<>();
        for (Cluster cluster : clusters) {
            String nodeResourceGroup = armClusters.of(cluster.name()).orElseThrow().nodeResourceGroup();
            if (nodeResourceGroup.isEmpty()) {
                throw new SourceUnavailableException("AKS cluster " + cluster.name() + " (" + cluster.resourceId()
                        + ") has no properties.nodeResourceGroup, so its resources cannot be found on the bill", null);
            }
            resources.add(BilledCosts.ClusterResources.of(cluster, nodeResourceGroup));
        }
        return resources;
    }

}
