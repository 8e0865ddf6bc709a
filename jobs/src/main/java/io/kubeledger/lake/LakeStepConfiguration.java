package io.kubeledger.lake;

import java.time.LocalDate;

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
import io.kubeledger.RunWindow;
import io.kubeledger.chargeback.ChargeLineRepository;
import io.kubeledger.lake.ChargebackLakeTasklet.LakePublication;
import io.kubeledger.source.BlobFolder;
import io.kubeledger.source.BlobPublisher;

/** The lake step: the chargeback dataset's partitions of the run's window. */
@Configuration(proxyBeanMethods = false)
public class LakeStepConfiguration {

    @Bean
    @StepScope
    ChargebackLakeTasklet chargebackLakeTasklet(ChargeLineRepository chargeLines, KubeledgerProperties properties,
            ObjectProvider<BlobPublisher> blobPublisher,
            @Value("#{stepExecution.jobExecution.id}") long runId,
            @Value("#{jobParameters['reportDate']}") LocalDate reportDate) {
        LakePublication publication = properties.lakeUrl() == null ? null
                : new LakePublication(blobPublisher.getObject(), BlobFolder.parse(properties.lakeUrl()));
        return new ChargebackLakeTasklet(chargeLines, new FocusRowMapper(properties.clusters(), properties.currency()),
                new LakePartitions(properties.outputDir().resolve("lake")), new RunWindow(reportDate), runId,
                publication);
    }

    @Bean
    Step lakeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ChargebackLakeTasklet chargebackLakeTasklet) {
        return new StepBuilder("lakeStep", jobRepository).tasklet(chargebackLakeTasklet, transactionManager).build();
    }
}
