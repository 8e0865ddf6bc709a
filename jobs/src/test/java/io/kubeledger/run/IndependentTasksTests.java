package io.kubeledger.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

class IndependentTasksTests {

    private final List<ThreadPoolTaskExecutor> pools = new ArrayList<>();

    @AfterEach
    void shutDown() {
        pools.forEach(ThreadPoolTaskExecutor::shutdown);
    }

    @Test
    void aLongFirstTaskDoesNotHoldBackTheOthers() {
        // given: the first task ends only when every other task has run, which needs a
        // second thread to run them
        CountDownLatch others = new CountDownLatch(9);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        Runnable first = () -> {
            threads.add(Thread.currentThread().getName());
            await(others);
        };
        List<Runnable> tasks = new ArrayList<>(List.of(first));
        IntStream.range(0, 9).forEach(i -> tasks.add(() -> {
            threads.add(Thread.currentThread().getName());
            others.countDown();
        }));

        // when
        tasks(2).run("files", tasks);

        // then
        assertThat(others.getCount()).isZero();
        assertThat(threads).hasSize(2);
    }

    @Test
    void runsFromThePoolsOwnThreadsFinishWhenTheyHoldEveryThread() throws InterruptedException {
        // given: two flows of a split hold both threads of the pool, and each runs tasks
        // of its own
        IndependentTasks tasks = tasks(2);
        CountDownLatch bothFlowsStarted = new CountDownLatch(2);
        CountDownLatch flowsEnded = new CountDownLatch(2);
        AtomicInteger ran = new AtomicInteger();
        Runnable flow = () -> {
            bothFlowsStarted.countDown();
            await(bothFlowsStarted);
            tasks.run("flow", List.of(ran::incrementAndGet, ran::incrementAndGet, ran::incrementAndGet));
            flowsEnded.countDown();
        };

        // when
        pools.get(0).execute(flow);
        pools.get(0).execute(flow);

        // then
        assertThat(flowsEnded.await(10, TimeUnit.SECONDS)).as("both flows ended").isTrue();
        assertThat(ran).hasValue(6);
    }

    @Test
    void theFirstFailureIsThrownAsItWasOnceEveryTaskHasEnded() {
        // given
        CountDownLatch ran = new CountDownLatch(3);
        IllegalStateException broken = new IllegalStateException("cannot write team-a.pdf");
        List<Runnable> tasks = List.of(ran::countDown, () -> {
            ran.countDown();
            throw broken;
        }, () -> {
            ran.countDown();
            throw new IllegalStateException("cannot write team-b.pdf");
        });

        // when / then
        assertThatThrownBy(() -> tasks(2).run("files", tasks)).isSameAs(broken);
        assertThat(ran.getCount()).isZero();
    }

    private IndependentTasks tasks(int threads) {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setCorePoolSize(threads);
        pool.setMaxPoolSize(threads);
        pool.initialize();
        pools.add(pool);
        return new IndependentTasks(pool, threads);
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).as("the other tasks ran meanwhile").isTrue();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

}
