package io.kubeledger.ingest;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.ExecutionContextPromotionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import io.kubeledger.config.KubeledgerProperties;
import io.kubeledger.config.RunFleet;
import io.kubeledger.run.IndependentTasks;
import io.kubeledger.run.RunWindow;
import io.kubeledger.source.ArmSource;
import io.kubeledger.source.LogAnalyticsSource;

/**
 * The {@code logIngestionStep}: every configured workspace's priced ingestion and query
 * counts of the month to date and of the table plans' lookback.
 */
@Configuration(proxyBeanMethods = false)
public class LogIngestionStepConfiguration {

    @Bean
    @StepScope
    LogIngestionTasklet logIngestionTasklet(KubeledgerProperties properties, LogAnalyticsSource logAnalyticsSource,
            ArmSource armSource, IngestedTables ingestedTables, ContainerLogSums containerLogSums,
            IndependentTasks independentTasks, RunWindow window, RunFleet fleet) {
        QuarantineWriter quarantine = new QuarantineWriter(properties.runFolder("quarantine")
            .resolve(window.reportDate().toString())
            .resolve("log-analytics.jsonl"));
        return new LogIngestionTasklet(fleet.workspaces(), logAnalyticsSource, armSource,
                new LogPrices(properties.prices()), ingestedTables, containerLogSums,
                window.reading(properties.rightsizing().logTables().lookbackDays()), quarantine, independentTasks);
    }

    @Bean
    @JobScope
    IngestedTables ingestedTables() {
        return new IngestedTables();
    }

    @Bean
    @JobScope
    ContainerLogSums containerLogSums() {
        return new ContainerLogSums();
    }

    @Bean
    Step logIngestionStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            LogIngestionTasklet logIngestionTasklet) {
        ExecutionContextPromotionListener counts = new ExecutionContextPromotionListener();
        counts.setKeys(new String[] { LogIngestionCounts.RESULT.key() });
        return new StepBuilder("logIngestionStep", jobRepository).tasklet(logIngestionTasklet, transactionManager)
            .listener(counts)
            .build();
    }

}
