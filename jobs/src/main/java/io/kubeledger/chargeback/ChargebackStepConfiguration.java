package io.kubeledger.chargeback;

import java.time.LocalDate;

import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.ExecutionContextPromotionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

import io.kubeledger.KubeledgerProperties;
import io.kubeledger.ProgressListener;
import io.kubeledger.RunWindow;
import io.kubeledger.ingest.Allocation;
import io.kubeledger.ingest.OpenCostExportReader;
import io.kubeledger.ingest.QuarantineWriter;
import io.kubeledger.source.BlobSource;

/**
 * The chargeback's two steps: {@code allocationStep} reads every export row of the days the run reads and stores it with its
 * team; {@code chargebackStep} sums them to the lake's grain, adds the log ingestion and splits what is shared.
 */
@Configuration(proxyBeanMethods = false)
public class ChargebackStepConfiguration {

    private static final int CHUNK_SIZE = 1000;

    @Bean
    @StepScope
    OpenCostExportReader opencostExportReader(KubeledgerProperties properties, BlobSource blobSource,
            @Value("#{jobParameters['reportDate']}") LocalDate reportDate) {
        QuarantineWriter quarantine = new QuarantineWriter(
                properties.outputDir().resolve("quarantine").resolve(reportDate.toString()).resolve("opencost.jsonl"));
        return new OpenCostExportReader(properties.clusters(), blobSource,
                new RunWindow(reportDate).reading(properties.rightsizing().containers().lookbackDays()), quarantine,
                properties.maxSkipRatio());
    }

    @Bean
    TeamResolver teamResolver(KubeledgerProperties properties) {
        return new TeamResolver(properties.teams(), properties.sharedNamespaces(), properties.teamLabel());
    }

    @Bean
    TeamAssignmentProcessor teamAssignmentProcessor(TeamResolver teamResolver) {
        return new TeamAssignmentProcessor(teamResolver);
    }

    @Bean
    @StepScope
    AllocationWriter allocationWriter(NamedParameterJdbcTemplate jdbc,
            @Value("#{stepExecution.jobExecution.id}") long runId) {
        return new AllocationWriter(jdbc, runId);
    }

    @Bean
    Step allocationStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            OpenCostExportReader opencostExportReader, TeamAssignmentProcessor teamAssignmentProcessor,
            AllocationWriter allocationWriter) {
        ExecutionContextPromotionListener counts = new ExecutionContextPromotionListener();
        counts.setKeys(new String[] {OpenCostExportReader.ROWS_READ, OpenCostExportReader.ROWS_QUARANTINED});
        return new StepBuilder("allocationStep", jobRepository)
                .<Allocation, ChargedAllocation>chunk(CHUNK_SIZE)
                .transactionManager(transactionManager)
                .reader(opencostExportReader)
                .processor(teamAssignmentProcessor)
                .writer(allocationWriter)
                .listener(counts)
                .listener(new ProgressListener("allocationStep"))
                .build();
    }

    @Bean
    ChargeLineRepository chargeLineRepository(NamedParameterJdbcTemplate jdbc) {
        return new ChargeLineRepository(jdbc);
    }

    @Bean
    @StepScope
    ChargebackTasklet chargebackTasklet(NamedParameterJdbcTemplate jdbc, ChargeLineRepository chargeLineRepository,
            KubeledgerProperties properties, TeamResolver teamResolver,
            @Value("#{jobParameters['reportDate']}") LocalDate reportDate,
            @Value("#{stepExecution.jobExecution.id}") long runId) {
        DailyChargeback chargeback = new DailyChargeback(properties.clusters(), teamResolver,
                properties.sharedCostSplit());
        return new ChargebackTasklet(jdbc, chargeLineRepository, chargeback, new RunWindow(reportDate), runId);
    }

    @Bean
    Step chargebackStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ChargebackTasklet chargebackTasklet) {
        return new StepBuilder("chargebackStep", jobRepository).tasklet(chargebackTasklet, transactionManager).build();
    }
}
