package io.kubeledger;

import java.math.BigDecimal;
import java.time.ZoneOffset;

import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.batch.core.step.StepExecution;

import io.kubeledger.report.ReportResult;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Records what a run did as gauges when it ends, for the Pushgateway push at shutdown
 * (docs/operations.md#metrics-and-alerts): each step's rows read, quarantined and
 * written, the month's charge and the share of it reconciled with the bill, and, on
 * success only, the time of the last successful run, so that a failed run leaves the last
 * success in place. Spring Batch's own observations give the job's and steps' durations.
 */
public class RunMetricsListener implements JobExecutionListener {

    private final MeterRegistry registry;

    private final String currency;

    public RunMetricsListener(MeterRegistry registry, String currency) {
        this.registry = registry;
        this.currency = currency;
    }

    @Override
    public void afterJob(JobExecution execution) {
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getStepName().contains(":")) {
                continue; // a partition: its step's execution holds the partitions' sums
            }
            rows(step, "read", step.getReadCount());
            rows(step, "quarantined", step.getReadSkipCount());
            rows(step, "written", step.getWriteCount());
        }
        ReportResult.RESULT.in(execution.getExecutionContext()).ifPresent(this::charge);
        gauge(Gauge
            .builder("kubeledger.run.status", execution.getStatus() == BatchStatus.COMPLETED ? 1 : 0,
                    Integer::doubleValue)
            .description("1 when the last run completed, 0 when it failed or stopped"));
        if (execution.getStatus() == BatchStatus.COMPLETED && execution.getEndTime() != null) {
            long end = execution.getEndTime().toEpochSecond(ZoneOffset.UTC);
            gauge(Gauge.builder("kubeledger.last.success.timestamp", end, Long::doubleValue)
                .baseUnit("seconds")
                .description("when the last successful run ended"));
        }
    }

    private void rows(StepExecution step, String what, long rows) {
        gauge(Gauge.builder("kubeledger.step.rows", rows, Long::doubleValue)
            .tag("step", step.getStepName())
            .tag("rows", what)
            .description("rows a step read, quarantined or wrote in the last run"));
    }

    /** The month's charge and its billed share, from a run that built the reports. */
    private void charge(ReportResult report) {
        report.billedShare().ifPresent(share -> {
            gauge(Gauge.builder("kubeledger.month.charged", report.charged(), BigDecimal::doubleValue)
                .tag("currency", currency)
                .description("the report month's charge to date"));
            gauge(Gauge.builder("kubeledger.month.billed.share", share, Double::doubleValue)
                .description("the share of the month's charge reconciled with the Azure bill, 0 to 1"));
        });
    }

    private void gauge(Gauge.Builder<?> gauge) {
        gauge.strongReference(true).register(registry);
    }

}
