package io.kubeledger.lake;

import java.util.List;
import java.util.Map;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import io.kubeledger.chargeback.ComputeCosts;
import io.kubeledger.compliance.Findings;
import io.kubeledger.config.BlobFolder;
import io.kubeledger.config.KubeledgerProperties;
import io.kubeledger.config.RunFleet;
import io.kubeledger.ingest.ArmClusters;
import io.kubeledger.ingest.ContainerLogSums;
import io.kubeledger.ingest.IngestedTables;
import io.kubeledger.ingest.MonthBill;
import io.kubeledger.lake.LakeTasklet.LakePublication;
import io.kubeledger.rightsizing.Recommendations;
import io.kubeledger.run.IndependentTasks;
import io.kubeledger.run.RunWindow;
import io.kubeledger.source.BlobPublisher;

/**
 * The lake step: the run's parts of the chargeback, rightsizing, log-tables and
 * compliance datasets, and its record.
 */
@Configuration(proxyBeanMethods = false)
public class LakeStepConfiguration {

    @Bean
    @JobScope
    ChargedDayFiles chargedDayFiles(KubeledgerProperties properties, RunFleet fleet, ArmClusters armClusters,
            MonthBill monthBill) {
        return new ChargedDayFiles(properties.runFolder("state").resolve("chargeback-days"), fleet.clusters(),
                properties.currency(), properties.billing().costColumn(), armClusters, monthBill);
    }

    @Bean
    @StepScope
    LakeTasklet lakeTasklet(ChargedDayFiles chargedDayFiles, Recommendations recommendations, ComputeCosts computeCosts,
            Findings findings, IngestedTables ingestedTables, ContainerLogSums containerLogSums,
            KubeledgerProperties properties, ObjectProvider<BlobPublisher> blobPublisher, RunWindow window,
            @Value("#{jobExecutionContext}") Map<String, Object> job, IndependentTasks independentTasks,
            MonthBill monthBill, RunFleet fleet) {
        LakePublication publication = properties.lakeUrl() == null ? null
                : new LakePublication(blobPublisher.getObject(), BlobFolder.parse(properties.lakeUrl()));
        List<LakeDataset> datasets = List.of(new ChargebackDataset(chargedDayFiles, window),
                ReportDateDatasets.rightsizing(recommendations, window.reportDate()),
                ReportDateDatasets.logTables(recommendations, window.reportDate()),
                ReportDateDatasets.compliance(findings, fleet.clusters(), window.reportDate()),
                ReportDateDatasets.compute(computeCosts, window.reportDate()));
        RunRecord record = RunRecordFromJob.of(job, window.reportDate(), properties.shard(),
                IngestionByTable.of(ingestedTables, containerLogSums, window), Budgets.of(properties),
                monthBill.bridge());
        return new LakeTasklet(datasets, record, new LakePartitions(properties.lakeDir(), properties.shard()),
                publication, independentTasks);
    }

    @Bean
    Step lakeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager, LakeTasklet lakeTasklet) {
        return new StepBuilder("lakeStep", jobRepository).tasklet(lakeTasklet, transactionManager).build();
    }

}
