package io.kubeledger.chargeback;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.function.Function;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.ExecutionContextPromotionListener;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

import io.kubeledger.chargeback.ChargebackTasklet.ChargebackRun;
import io.kubeledger.config.KubeledgerProperties.Cluster;
import io.kubeledger.config.KubeledgerProperties;
import io.kubeledger.config.RunFleet;
import io.kubeledger.ingest.ContainerLogSums;
import io.kubeledger.ingest.IngestedSamples;
import io.kubeledger.ingest.IngestedTables;
import io.kubeledger.ingest.MonthBill;
import io.kubeledger.ingest.OpenCostExportReader;
import io.kubeledger.rightsizing.ContainerRightsizer;
import io.kubeledger.rightsizing.ObservedPeaks;
import io.kubeledger.rightsizing.ObservedUsage;
import io.kubeledger.rightsizing.PodContainer;
import io.kubeledger.rightsizing.Recommendations;
import io.kubeledger.run.DayRange;
import io.kubeledger.run.IndependentTasks;
import io.kubeledger.run.RunWindow;
import io.kubeledger.source.BlobSource;
import io.kubeledger.source.PrometheusSource;

/**
 * The chargeback's two steps: {@code exportStep} reads each cluster's export in a
 * partition of its own, on {@code kubeledger.threads} threads, into per-day sums and
 * container recommendations; {@code chargebackStep} adds the log ingestion to the sums
 * and splits what is shared.
 */
@Configuration(proxyBeanMethods = false)
public class ChargebackStepConfiguration {

    private static final String CLUSTER_INDEX = "clusterIndex";

    @Bean
    ExportQuarantine exportQuarantine(KubeledgerProperties properties) {
        return new ExportQuarantine(properties.runFolder("quarantine"));
    }

    @Bean
    TeamResolver teamResolver(KubeledgerProperties properties) {
        return new TeamResolver(properties.teams(), properties.sharedNamespaces(), properties.teamLabel());
    }

    @Bean(destroyMethod = "release")
    @JobScope
    WorkloadSums workloadSums(KubeledgerProperties properties) {
        WorkloadSums sums = new WorkloadSums(properties.runFolder("state").resolve("workload-sums"));
        sums.release();
        return sums;
    }

    @Bean
    @JobScope
    ComputeCosts computeCosts() {
        return new ComputeCosts();
    }

    @Bean
    @StepScope
    ClusterExportTasklet clusterExportTasklet(KubeledgerProperties properties, BlobSource blobSource,
            ExportQuarantine exportQuarantine, TeamResolver teamResolver, WorkloadSums workloadSums,
            ComputeCosts computeCosts, Recommendations recommendations, RunWindow window, RunFleet fleet,
            PrometheusSource prometheus, @Value("#{stepExecutionContext['" + CLUSTER_INDEX + "']}") int clusterIndex) {
        List<Cluster> clusters = fleet.clusters();
        Cluster cluster = clusters.get(clusterIndex);
        int lookbackDays = properties.rightsizing().containers().lookbackDays();
        OpenCostExportReader export = new OpenCostExportReader(cluster, blobSource, window.reading(lookbackDays),
                exportQuarantine.writer(clusterIndex), properties.maxSkipRatio());
        return new ClusterExportTasklet(export, cluster.name(), (clusterIndex + 1) + " of " + clusters.size(),
                teamResolver, window.monthToDate(), window.lookback(lookbackDays), workloadSums, computeCosts,
                new ContainerRightsizer(properties.rightsizing().containers(), window.reportDate()), recommendations,
                properties.allowMissingClusters(),
                observedUsage(properties, prometheus, cluster, window.lookback(lookbackDays)));
    }

    /**
     * What the cluster's monitor workspace saw of its containers over the lookback, read
     * once its export is; none for a cluster without one.
     */
    private static Function<SortedSet<String>, Map<PodContainer, ObservedPeaks>> observedUsage(
            KubeledgerProperties properties, PrometheusSource prometheus, Cluster cluster, DayRange lookback) {
        return properties.monitorWorkspace(cluster.monitorWorkspace())
            .<Function<SortedSet<String>, Map<PodContainer, ObservedPeaks>>>map(
                    workspace -> namespaces -> new ObservedUsage(prometheus,
                            properties.rightsizing().containers().cpuPercentile())
                        .read(workspace, cluster.name(), lookback, namespaces))
            .orElse(null);
    }

    @Bean
    Step clusterExportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ClusterExportTasklet clusterExportTasklet) {
        return new StepBuilder("clusterExportStep", jobRepository).tasklet(clusterExportTasklet, transactionManager)
            .build();
    }

    @Bean
    Step exportStep(JobRepository jobRepository, Step clusterExportStep, ExportQuarantine exportQuarantine,
            RunFleet fleet, TaskExecutor taskExecutor, ObjectProvider<RunWindow> window) {
        ExecutionContextPromotionListener totals = new ExecutionContextPromotionListener();
        totals.setKeys(new String[] { ExportTotals.RESULT.key() });
        return new StepBuilder("exportStep", jobRepository)
            .partitioner("clusterExportStep", byCluster(fleet.clusters()))
            .step(clusterExportStep)
            .taskExecutor(taskExecutor)
            .aggregator(new ClusterTotals(window::getObject))
            .listener(exportQuarantine)
            .listener(totals)
            .build();
    }

    /** One partition per configured cluster, named after it, in the configured order. */
    private static Partitioner byCluster(List<Cluster> clusters) {
        return gridSize -> {
            Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
            for (int i = 0; i < clusters.size(); i++) {
                ExecutionContext context = new ExecutionContext();
                context.putInt(CLUSTER_INDEX, i);
                partitions.put(clusters.get(i).name(), context);
            }
            return partitions;
        };
    }

    @Bean
    @JobScope
    IngestedSamples ingestedSamples(PrometheusSource prometheus) {
        return new IngestedSamples(prometheus);
    }

    @Bean
    @StepScope
    ChargebackTasklet chargebackTasklet(WorkloadSums workloadSums, ContainerLogSums containerLogSums,
            IngestedTables ingestedTables, ChargedDays chargedDays, KubeledgerProperties properties,
            TeamResolver teamResolver, MonthBill monthBill, IndependentTasks independentTasks, RunWindow window,
            RunFleet fleet, IngestedSamples ingestedSamples) {
        DailyChargeback.Splits splits = new DailyChargeback.Splits(properties.sharedCostSplit(),
                properties.idleSplit());
        MonitoringCharges.Setup monitoring = new MonitoringCharges.Setup(properties.clusters(),
                properties.monitorWorkspaces(), properties.monitoringResources(), ingestedSamples);
        return new ChargebackTasklet(workloadSums, containerLogSums, ingestedTables, chargedDays,
                new DailyChargeback(fleet.clusters(), fleet.workspaces(), teamResolver, splits, monthBill, monitoring),
                new DailyChargeback(fleet.clusters(), fleet.workspaces(), teamResolver, splits, monthBill.otherColumn(),
                        monitoring),
                monthBill, new ChargebackRun(window, independentTasks));
    }

    @Bean
    Step chargebackStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ChargebackTasklet chargebackTasklet) {
        ExecutionContextPromotionListener result = new ExecutionContextPromotionListener();
        result.setKeys(new String[] { ChargebackResult.RESULT.key() });
        return new StepBuilder("chargebackStep", jobRepository).tasklet(chargebackTasklet, transactionManager)
            .listener(result)
            .build();
    }

}
