package io.kubeledger.chargeback;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.kubeledger.ingest.Allocation;
import io.kubeledger.ingest.OpenCostExportReader;
import io.kubeledger.ingest.TooManyBadRowsException;
import io.kubeledger.rightsizing.ContainerHistories;
import io.kubeledger.rightsizing.ObservedPeaks;
import io.kubeledger.rightsizing.PodContainer;
import io.kubeledger.rightsizing.ContainerRightsizer;
import io.kubeledger.rightsizing.Recommendations;
import io.kubeledger.run.DayRange;
import io.kubeledger.source.SourceUnavailableException;

/**
 * One cluster's partition of the {@code exportStep}: reads the cluster's export once,
 * sums each day's workload cost per namespace and owner, and judges its containers over
 * their lookback while their history is in memory. Only the sums ({@link WorkloadSums},
 * in files), the compute costs and the recommendations outlive the partition, never the
 * export's rows.
 */
public class ClusterExportTasklet implements Tasklet {

    private static final Logger LOG = LoggerFactory.getLogger(ClusterExportTasklet.class);

    private final OpenCostExportReader export;

    private final String clusterName;

    private final String position;

    private final TeamResolver teams;

    private final DayRange chargedDays;

    private final DayRange containerDays;

    private final WorkloadSums sums;

    private final ComputeCosts computeCosts;

    private final ContainerRightsizer rightsizer;

    private final Recommendations recommendations;

    private final boolean allowMissing;

    private final Function<SortedSet<String>, Map<PodContainer, ObservedPeaks>> observedUsage;

    /**
     * {@code observedUsage}: reads what the cluster's monitor workspace saw of its
     * containers over {@code containerDays}, given the namespaces of its export; null for
     * a cluster without one.
     */
    public ClusterExportTasklet(OpenCostExportReader export, String clusterName, String position, TeamResolver teams,
            DayRange chargedDays, DayRange containerDays, WorkloadSums sums, ComputeCosts computeCosts,
            ContainerRightsizer rightsizer, Recommendations recommendations, boolean allowMissing,
            Function<SortedSet<String>, Map<PodContainer, ObservedPeaks>> observedUsage) {
        this.export = export;
        this.clusterName = clusterName;
        this.position = position;
        this.teams = teams;
        this.chargedDays = chargedDays;
        this.containerDays = containerDays;
        this.sums = sums;
        this.computeCosts = computeCosts;
        this.rightsizer = rightsizer;
        this.recommendations = recommendations;
        this.allowMissing = allowMissing;
        this.observedUsage = observedUsage;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        LOG.info("reading the export of cluster {} ({}): {}", clusterName, position, export.location());
        long start = System.nanoTime();
        ExecutionContext context = contribution.getStepExecution().getExecutionContext();
        WorkloadCosts workload = new WorkloadCosts(clusterName);
        ContainerHistories containers = new ContainerHistories();
        InvalidTeamLabels invalidLabels = new InvalidTeamLabels();
        Map<LocalDate, Long> rowsByDay = new HashMap<>();
        LocalDate latestDay = null;
        try (export) {
            for (Allocation row = export.read(); row != null; row = export.read()) {
                contribution.incrementReadCount();
                latestDay = latestDay == null || row.day().isAfter(latestDay) ? row.day() : latestDay;
                TeamAssignment owner = teams.resolve(row.namespace(), row.labels());
                if (chargedDays.contains(row.day())) {
                    rowsByDay.merge(row.day(), 1L, Long::sum);
                    workload.add(row, owner);
                    String invalidLabel = teams.invalidTeamLabel(row.labels());
                    if (invalidLabel != null) {
                        invalidLabels.add(invalidLabel, row.totalCost());
                    }
                }
                if (containerDays.contains(row.day())) {
                    containers.add(row, owner.team());
                }
            }
        }
        catch (SourceUnavailableException | TooManyBadRowsException e) {
            if (!allowMissing) {
                throw e;
            }
            // Nothing of the cluster has been written yet: it is missing whole, never
            // half-charged.
            LOG.warn("cluster {} is left out of the run (kubeledger.allow-missing-clusters): {}", clusterName,
                    e.getMessage());
            contribution.incrementReadSkipCount(export.rowsQuarantined());
            ClusterExport.PARTITION.put(context,
                    ClusterExport.missing(clusterName, e.getMessage(), export.rowsQuarantined()));
            return RepeatStatus.FINISHED;
        }
        ContainerHistories.Judged judged = containers.judge(rightsizer,
                observedUsage == null ? null : observedUsage.apply(containers.namespaces()));
        sums.add(clusterName, workload.lines());
        computeCosts.add(workload.computeByNamespace());
        recommendations.addContainers(judged.recommendations());
        contribution.incrementWriteCount(judged.recommendations().size());
        contribution.incrementReadSkipCount(export.rowsQuarantined());
        ClusterExport.PARTITION.put(context, new ClusterExport(clusterName, null, export.rowsRead(),
                export.rowsQuarantined(), judged.seen(), judged.notJudged(), workload.creditRows(), workload.credits(),
                containers.rowsWithUnknownFigures(), invalidLabels.costByValue(), new TreeMap<>(rowsByDay), latestDay));
        double seconds = Math.max(0.001, (System.nanoTime() - start) / 1e9);
        LOG.info("cluster {}: {} rows read, {} quarantined, in {} s ({} rows/s)", clusterName,
                String.format("%,d", export.rowsRead()), export.rowsQuarantined(), String.format("%.1f", seconds),
                String.format("%,.0f", export.rowsRead() / seconds));
        return RepeatStatus.FINISHED;
    }

}
