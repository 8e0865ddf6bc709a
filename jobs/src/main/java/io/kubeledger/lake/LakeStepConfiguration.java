package io.kubeledger.lake;

import java.time.LocalDate;
import java.util.List;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import io.kubeledger.KubeledgerProperties;
import io.kubeledger.ingest.ArmClusters;
import io.kubeledger.ingest.MonthBill;
import io.kubeledger.RunWindow;
import io.kubeledger.compliance.FindingRepository;
import io.kubeledger.lake.LakeTasklet.LakePublication;
import io.kubeledger.rightsizing.RecommendationRepository;
import io.kubeledger.source.BlobFolder;
import io.kubeledger.source.BlobPublisher;

/** The lake step: the run's partitions of the chargeback, rightsizing, log-tables and compliance datasets. */
@Configuration(proxyBeanMethods = false)
public class LakeStepConfiguration {

    @Bean
    ChargedDayFiles chargedDayFiles(KubeledgerProperties properties, ArmClusters armClusters, MonthBill monthBill) {
        return new ChargedDayFiles(properties.outputDir().resolve("state").resolve("chargeback-days"),
                properties.clusters(), properties.currency(), armClusters, monthBill);
    }

    @Bean
    @StepScope
    LakeTasklet lakeTasklet(ChargedDayFiles chargedDayFiles, RecommendationRepository recommendations,
            FindingRepository findings, KubeledgerProperties properties, ObjectProvider<BlobPublisher> blobPublisher,
            @Value("#{stepExecution.jobExecution.id}") long runId,
            @Value("#{jobParameters['reportDate']}") LocalDate reportDate) {
        LakePublication publication = properties.lakeUrl() == null ? null
                : new LakePublication(blobPublisher.getObject(), BlobFolder.parse(properties.lakeUrl()));
        List<LakeDataset> datasets = List.of(
                new ChargebackDataset(chargedDayFiles, new RunWindow(reportDate)),
                ReportDateDatasets.rightsizing(recommendations, reportDate, runId),
                ReportDateDatasets.logTables(recommendations, reportDate, runId),
                ReportDateDatasets.compliance(findings, properties.clusters(), reportDate, runId));
        return new LakeTasklet(datasets, new LakePartitions(properties.outputDir().resolve("lake")), publication);
    }

    @Bean
    Step lakeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            LakeTasklet lakeTasklet) {
        return new StepBuilder("lakeStep", jobRepository).tasklet(lakeTasklet, transactionManager).build();
    }
}
