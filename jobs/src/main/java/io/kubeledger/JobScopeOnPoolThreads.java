package io.kubeledger;

import org.springframework.batch.core.scope.context.JobContext;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.core.task.TaskDecorator;

/**
 * Gives a task on the run's pool the job scope of the thread that handed it over. Spring
 * Batch opens the job scope on the job's thread only, and the run's data passes between
 * steps in job-scoped beans, used from the clusters' partitions, the split's flows and
 * every step's independent tasks, which all run on the pool.
 */
final class JobScopeOnPoolThreads implements TaskDecorator {

    @Override
    public Runnable decorate(Runnable task) {
        JobContext job = JobSynchronizationManager.getContext();
        if (job == null) {
            return task;
        }
        return () -> {
            JobSynchronizationManager.register(job.getJobExecution());
            try {
                task.run();
            }
            finally {
                // close, not release: the job's thread ends the scope, and its beans,
                // when the run ends.
                JobSynchronizationManager.close();
            }
        };
    }

}
