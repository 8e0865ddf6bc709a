package io.kubeledger;

import java.time.Clock;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.SimpleAsyncTaskExecutor;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The nightly job: read the exports and assign teams, read the log ingestion, charge back and recommend requests and
 * table plans while compliance is checked, write the lake and the reports side by side, mail the reports at the end of
 * a month.
 */
@Configuration(proxyBeanMethods = false)
public class NightlyJobConfiguration {

    @Bean
    Job nightlyJob(JobRepository jobRepository, Step allocationStep, Step logIngestionStep, Step billingStep,
            Step chargebackStep,
            Step rightsizingStep, Step complianceStep, Step lakeStep, Step reportStep, Step mailStep,
            WorkingRowsCleanupListener workingRowsCleanupListener) {
        // The lake and the reports are written from the same finished figures, neither from the other: side by side.
        Flow lake = new FlowBuilder<Flow>("lake").start(lakeStep).build();
        Flow reports = new FlowBuilder<Flow>("reports").start(reportStep).build();
        Flow outputs = new FlowBuilder<Flow>("outputs").split(new SimpleAsyncTaskExecutor("outputs-"))
                .add(reports, lake).build();
        // Compliance needs none of the figures and waits on ARM and Blob listings: beside the CPU-bound chargeback.
        Flow charges = new FlowBuilder<Flow>("charges").start(chargebackStep).next(rightsizingStep).build();
        Flow compliance = new FlowBuilder<Flow>("compliance").start(complianceStep).build();
        Flow figures = new FlowBuilder<Flow>("figures").split(new SimpleAsyncTaskExecutor("figures-"))
                .add(charges, compliance).build();
        return new JobBuilder("nightlyJob", jobRepository)
                .listener(workingRowsCleanupListener)
                .flow(allocationStep)
                .next(logIngestionStep)
                .next(billingStep)
                .next(figures)
                .next(outputs)
                .next(mailStep)
                .end()
                .build();
    }

    @Bean
    WorkingRowsCleanupListener workingRowsCleanupListener(NamedParameterJdbcTemplate jdbc) {
        return new WorkingRowsCleanupListener(jdbc);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
