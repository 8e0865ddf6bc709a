package io.kubeledger;

import java.time.Clock;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The nightly job: read the exports and assign teams, read the log ingestion, charge back, recommend requests and
 * table plans, check compliance, write the lake, write the reports, mail them at
 * the end of a month.
 */
@Configuration(proxyBeanMethods = false)
public class NightlyJobConfiguration {

    @Bean
    Job nightlyJob(JobRepository jobRepository, Step allocationStep, Step logIngestionStep, Step chargebackStep,
            Step rightsizingStep, Step complianceStep, Step lakeStep, Step reportStep, Step mailStep,
            WorkingRowsCleanupListener workingRowsCleanupListener) {
        return new JobBuilder("nightlyJob", jobRepository)
                .listener(workingRowsCleanupListener)
                .start(allocationStep)
                .next(logIngestionStep)
                .next(chargebackStep)
                .next(rightsizingStep)
                .next(complianceStep)
                .next(lakeStep)
                .next(reportStep)
                .next(mailStep)
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
