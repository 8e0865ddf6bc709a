package io.kubeledger;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.FlowBuilder;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.flow.Flow;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.context.annotation.ScopedProxyMode;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

import io.micrometer.core.instrument.MeterRegistry;

import io.kubeledger.config.KubeledgerProperties;
import io.kubeledger.config.Phase;
import io.kubeledger.config.RunFleet;
import io.kubeledger.run.IndependentTasks;
import io.kubeledger.run.RunWindow;

/**
 * The nightly job, by {@link Phase}: to compute, read the exports and assign teams, read
 * the log ingestion and the bill, charge back and recommend requests and table plans
 * while compliance is checked, and write the lake; to report, build the reports from the
 * lake and mail them at the end of a month.
 */
@Configuration(proxyBeanMethods = false)
public class NightlyJobConfiguration {

    @Bean
    Job nightlyJob(JobRepository jobRepository, KubeledgerProperties properties, Step exportStep, Step logIngestionStep,
            Step billingStep, Step chargebackStep, Step tablePlanStep, Step complianceStep, Step lakeStep,
            Step reportStep, Step mailStep, RunMetricsListener runMetricsListener, GracefulStop gracefulStop,
            TaskExecutor taskExecutor) {
        // Compliance needs none of the figures and waits on ARM and Blob listings: beside
        // the CPU-bound chargeback.
        Flow charges = new FlowBuilder<Flow>("charges").start(chargebackStep).next(tablePlanStep).build();
        Flow compliance = new FlowBuilder<Flow>("compliance").start(complianceStep).build();
        Flow figures = new FlowBuilder<Flow>("figures").split(taskExecutor).add(charges, compliance).build();
        Flow compute = new FlowBuilder<Flow>("compute").start(exportStep)
            .next(logIngestionStep)
            .next(billingStep)
            .next(figures)
            .next(lakeStep)
            .build();
        Flow reports = new FlowBuilder<Flow>("reports").start(reportStep).next(mailStep).build();
        Phase phase = properties.phase();
        Flow run = switch (phase) {
            case ALL -> new FlowBuilder<Flow>("all").start(compute).next(reports).build();
            case COMPUTE -> compute;
            case REPORTS -> reports;
        };
        return new JobBuilder("nightlyJob", jobRepository).listener(runMetricsListener)
            .listener(gracefulStop)
            .start(run)
            .end()
            .build();
    }

    /**
     * The run's one pool of threads, {@code kubeledger.threads} of them: the clusters'
     * partitions, the split's flows and every step's independent tasks
     * ({@link IndependentTasks}) share it.
     */
    @Bean
    ThreadPoolTaskExecutor taskExecutor(KubeledgerProperties properties) {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(properties.threads());
        pool.setMaxPoolSize(properties.threads());
        pool.setThreadNamePrefix("kubeledger-");
        pool.setTaskDecorator(new JobScopeOnPoolThreads());
        // On SIGTERM the run's steps finish what they started (GracefulStop, stopped
        // before the pool) rather than
        // find the pool closed under them.
        pool.setAcceptTasksAfterContextClose(true);
        pool.setPhase(Integer.MAX_VALUE - 1);
        return pool;
    }

    /**
     * The run's days, from its {@code reportDate} parameter: the one place the steps'
     * beans read it. Job-scoped without a proxy (a record has none), so only the steps'
     * own scoped beans take it.
     */
    @Bean
    @Scope(value = "job", proxyMode = ScopedProxyMode.NO)
    RunWindow runWindow(@Value("#{jobParameters['reportDate']}") LocalDate reportDate) {
        return new RunWindow(reportDate);
    }

    /** The clusters this run computes: a compute shard's, else every configured one. */
    @Bean
    RunFleet runFleet(KubeledgerProperties properties) {
        return RunFleet.of(properties);
    }

    @Bean
    IndependentTasks independentTasks(TaskExecutor taskExecutor, KubeledgerProperties properties) {
        return new IndependentTasks(taskExecutor, properties.threads());
    }

    @Bean
    GracefulStop gracefulStop(ObjectProvider<JobOperator> jobOperator) {
        return new GracefulStop(jobOperator);
    }

    @Bean
    RunMetricsListener runMetricsListener(MeterRegistry registry, KubeledgerProperties properties) {
        return new RunMetricsListener(registry, properties.currency());
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

}
