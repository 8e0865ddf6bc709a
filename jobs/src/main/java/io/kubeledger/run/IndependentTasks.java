package io.kubeledger.run;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.core.task.TaskExecutor;

/**
 * Runs tasks that do not depend on each other on the run's one pool of
 * {@code kubeledger.threads} threads, each task taken by the next free thread in the
 * order given: a task given first (the biggest file) is started first and the small ones
 * fill the other threads. The calling thread takes tasks too, so a step running on a pool
 * thread (a flow of the split) never waits for threads that its own waiting holds: runs
 * nested on a full pool still finish.
 */
public final class IndependentTasks {

    private final TaskExecutor pool;

    private final int threads;

    public IndependentTasks(TaskExecutor pool, int threads) {
        this.pool = pool;
        this.threads = threads;
    }

    /**
     * Runs every task and returns when all have ended; the first task's failure, in the
     * order given, is thrown.
     */
    public void run(String name, List<Runnable> tasks) {
        AtomicInteger next = new AtomicInteger();
        CountDownLatch ended = new CountDownLatch(tasks.size());
        Throwable[] failures = new Throwable[tasks.size()];
        Runnable takeTasks = () -> {
            for (int task = next.getAndIncrement(); task < tasks.size(); task = next.getAndIncrement()) {
                try {
                    tasks.get(task).run();
                }
                catch (RuntimeException | Error e) {
                    failures[task] = e;
                }
                finally {
                    ended.countDown();
                }
            }
        };
        for (int helper = 1; helper < Math.min(threads, tasks.size()); helper++) {
            pool.execute(takeTasks);
        }
        takeTasks.run();
        try {
            ended.await();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " was interrupted", e);
        }
        Arrays.stream(failures).filter(Objects::nonNull).findFirst().ifPresent(IndependentTasks::rethrow);
    }

    private static void rethrow(Throwable failure) {
        if (failure instanceof Error error) {
            throw error;
        }
        throw (RuntimeException) failure;
    }

}
