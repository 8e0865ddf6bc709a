package io.kubeledger.rightsizing;

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
import io.kubeledger.RunWindow;

/** The {@code rightsizingStep}: container requests and table plans, each with the money the change saves. */
@Configuration(proxyBeanMethods = false)
public class RightsizingStepConfiguration {

    @Bean
    RecommendationRepository recommendationRepository(NamedParameterJdbcTemplate jdbc) {
        return new RecommendationRepository(jdbc);
    }

    @Bean
    @StepScope
    RightsizingTasklet rightsizingTasklet(RecommendationRepository recommendationRepository,
            KubeledgerProperties properties, @Value("#{jobParameters['reportDate']}") LocalDate reportDate,
            @Value("#{stepExecution.jobExecution.id}") long runId) {
        RightsizingProperties thresholds = properties.rightsizing();
        return new RightsizingTasklet(recommendationRepository,
                new ContainerRightsizer(thresholds.containers(), reportDate),
                new TablePlanAdvisor(thresholds.logTables(), properties.prices(),
                        BasicEligibleTables.load(thresholds.logTables().basicEligibleTables())),
                thresholds, new RunWindow(reportDate), runId);
    }

    @Bean
    Step rightsizingStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            RightsizingTasklet rightsizingTasklet) {
        ExecutionContextPromotionListener counts = new ExecutionContextPromotionListener();
        counts.setKeys(new String[] {RightsizingTasklet.CONTAINERS_SEEN, RightsizingTasklet.CONTAINERS_NOT_JUDGED});
        return new StepBuilder("rightsizingStep", jobRepository)
                .tasklet(rightsizingTasklet, transactionManager)
                .listener(counts)
                .build();
    }
}
