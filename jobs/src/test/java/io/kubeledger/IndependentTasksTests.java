package io.kubeledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class IndependentTasksTests {

    @Test
    void aLongFirstTaskDoesNotHoldBackTheOthers() {
        // given: the first task ends only when every other task has run, which needs a second thread to run them
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
        IndependentTasks.run("files", 2, tasks);

        // then
        assertThat(others.getCount()).isZero();
        assertThat(threads).containsExactlyInAnyOrder("files-1", "files-2");
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
        assertThatThrownBy(() -> IndependentTasks.run("files", 2, tasks)).isSameAs(broken);
        assertThat(ran.getCount()).isZero();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).as("the other tasks ran meanwhile").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
