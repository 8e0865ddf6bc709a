package io.kubeledger.lake;

import java.time.LocalDate;

import org.springframework.batch.core.configuration.annotation.StepScope;
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

/** The lake step: the chargeback dataset's partitions of the run's window. */
@Configuration(proxyBeanMethods = false)
public class LakeStepConfiguration {

    @Bean
    @StepScope
    ChargebackLakeTasklet chargebackLakeTasklet(ChargeLineRepository chargeLines, KubeledgerProperties properties,
            @Value("#{stepExecution.jobExecution.id}") long runId,
            @Value("#{jobParameters['reportDate']}") LocalDate reportDate) {
        return new ChargebackLakeTasklet(chargeLines, new FocusRowMapper(properties.clusters(), properties.currency()),
                new LakePartitions(properties.outputDir().resolve("lake")), new RunWindow(reportDate), runId);
    }

    @Bean
    Step lakeStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ChargebackLakeTasklet chargebackLakeTasklet) {
        return new StepBuilder("lakeStep", jobRepository).tasklet(chargebackLakeTasklet, transactionManager).build();
    }
}
