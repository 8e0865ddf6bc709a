package io.kubeledger;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs tasks that do not depend on each other on a fixed number of threads, each task taken by the next free thread in
 * the order given. A parallel stream splits its list between the threads up front, so one thread could be left with
 * the biggest file while the others wait (the workbook, 1.8 s of a 4.3 s report step); given first here, it is started
 * first and the small ones fill the other threads.
 */
public final class IndependentTasks {

    private IndependentTasks() {
    }

    /** Runs every task and returns when all have ended; the first task's failure, in the order given, is thrown. */
    public static void run(String name, int threads, List<Runnable> tasks) {
        AtomicInteger count = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, tasks.size())), task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            tasks.forEach(task -> futures.add(pool.submit(task)));
            Throwable failure = null;
            for (Future<?> future : futures) {
                try {
                    future.get();
                } catch (ExecutionException e) {
                    failure = failure == null ? e.getCause() : failure;
                }
            }
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(name + " was interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }
}
