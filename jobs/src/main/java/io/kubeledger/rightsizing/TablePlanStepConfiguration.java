package io.kubeledger.rightsizing;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import io.kubeledger.config.KubeledgerProperties;
import io.kubeledger.config.RightsizingProperties;
import io.kubeledger.ingest.IngestedTables;
import io.kubeledger.ingest.MonthBill;
import io.kubeledger.run.RunWindow;

/**
 * The {@code tablePlanStep}: Log Analytics table plans, each with the money the change
 * saves.
 */
@Configuration(proxyBeanMethods = false)
public class TablePlanStepConfiguration {

    @Bean
    @JobScope
    Recommendations recommendations() {
        return new Recommendations();
    }

    @Bean
    @StepScope
    TablePlanTasklet tablePlanTasklet(IngestedTables ingestedTables, Recommendations recommendations,
            KubeledgerProperties properties, RunWindow window, MonthBill monthBill) {
        RightsizingProperties thresholds = properties.rightsizing();
        return new TablePlanTasklet(ingestedTables, recommendations,
                new TablePlanAdvisor(thresholds.logTables(), properties.prices(),
                        BasicEligibleTables.load(thresholds.logTables().basicEligibleTables()), properties.currency()),
                window.lookback(thresholds.logTables().lookbackDays()), monthBill);
    }

    @Bean
    Step tablePlanStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            TablePlanTasklet tablePlanTasklet) {
        return new StepBuilder("tablePlanStep", jobRepository).tasklet(tablePlanTasklet, transactionManager).build();
    }

}
