package io.kubeledger.steps;

import java.time.LocalDate;
import java.util.List;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.SimpleJob;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;

/**
 * Starts some of the job's steps as a job of their own, and finds a step's execution by
 * name. Apart from {@link SampleSteps}, whose methods returning an execution Spring
 * Batch's test listeners would take for the scopes'.
 */
final class StepExecutions {

    private StepExecutions() {
    }

    /**
     * Starts {@code steps}, in their order, as one job execution of their own, so that
     * the job-scoped beans the first ones fill are those the last one reads.
     */
    static JobExecution run(JobOperator operator, JobRepository repository, LocalDate reportDate, List<Step> steps)
            throws Exception {
        SimpleJob job = new SimpleJob("sampleSteps");
        job.setJobRepository(repository);
        job.setSteps(steps);
        return operator.start(job, SampleSteps.reportDate(reportDate));
    }

    static StepExecution named(JobExecution execution, String name) {
        return execution.getStepExecutions()
            .stream()
            .filter(step -> step.getStepName().equals(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no execution of " + name + " in " + execution));
    }

}
