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
 * The nightly job: read the exports and assign teams while the log ingestion is read and compliance checked, then
 * charge back, recommend requests and table plans, write the lake, write the reports, mail them at the end of a month.
 */
@Configuration(proxyBeanMethods = false)
public class NightlyJobConfiguration {

    @Bean
    Job nightlyJob(JobRepository jobRepository, Step allocationStep, Step logIngestionStep, Step chargebackStep,
            Step rightsizingStep, Step complianceStep, Step lakeStep, Step reportStep, Step mailStep,
            WorkingRowsCleanupListener workingRowsCleanupListener) {
        // The exports and the Log Analytics and ARM inputs do not depend on each other: read side by side, the log
        // and compliance steps (mostly waiting on H2 and the sources) fill what the partitions leave of the cores.
        Flow exports = new FlowBuilder<Flow>("exports").start(allocationStep).build();
        Flow monitoring = new FlowBuilder<Flow>("monitoring").start(logIngestionStep).next(complianceStep).build();
        Flow inputs = new FlowBuilder<Flow>("inputs").split(new SimpleAsyncTaskExecutor("inputs-"))
                .add(exports, monitoring).build();
        return new JobBuilder("nightlyJob", jobRepository)
                .listener(workingRowsCleanupListener)
                .start(inputs)
                .next(chargebackStep)
                .next(rightsizingStep)
                .next(lakeStep)
                .next(reportStep)
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
