package io.kubeledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.scope.context.JobContext;
import org.springframework.batch.core.scope.context.JobSynchronizationManager;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

class JobScopeOnPoolThreadsTests {

    private final ThreadPoolTaskExecutor pool = pool();

    @AfterEach
    void shutDown() {
        pool.shutdown();
        JobSynchronizationManager.release();
    }

    @Test
    void aTaskOnThePoolSeesTheJobOfTheThreadThatHandedItOver() throws Exception {
        // given: the job's thread, in its job scope
        JobExecution execution = new JobExecution(7L, new JobInstance(3L, "nightlyJob"), new JobParameters());
        JobContext job = JobSynchronizationManager.register(execution);
        AtomicBoolean ended = new AtomicBoolean();
        job.registerDestructionCallback("handOff", () -> ended.set(true));

        // when
        JobContext seen = pool.submitCompletable(JobSynchronizationManager::getContext).get(10, TimeUnit.SECONDS);

        // then: the same scope, still open once the task is done; it ends with the job's
        // thread
        assertThat(seen).isSameAs(job);
        assertThat(ended).isFalse();
        JobSynchronizationManager.release();
        assertThat(ended).isTrue();
    }

    @Test
    void aTaskHandedOverOutsideAJobRunsWithoutScope() throws Exception {
        CompletableFuture<JobContext> seen = pool.submitCompletable(JobSynchronizationManager::getContext);

        assertThat(seen.get(10, TimeUnit.SECONDS)).isNull();
    }

    private static ThreadPoolTaskExecutor pool() {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(1);
        pool.setTaskDecorator(new JobScopeOnPoolThreads());
        pool.initialize();
        return pool;
    }

}
