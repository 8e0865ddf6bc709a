package io.kubeledger;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobExecutionNotRunningException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.listener.JobExecutionListener;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;

/**
 * Stops the run cleanly when its process is told to stop (SIGTERM: a pod evicted, a node
 * drained, a deadline passed). Spring's shutdown hook closes the context, and this
 * lifecycle, in the last phase, is stopped first: it asks Spring Batch to stop the run,
 * which ends once the step under way has, and waits for that while the job database and
 * the pool are still there. The run is then recorded STOPPED and the next start of the
 * day runs it again. One that does not stop within {@link #WAIT} is left STOPPING, and
 * the next run recovers it as it does a killed one.
 */
public class GracefulStop implements SmartLifecycle, JobExecutionListener {

    /**
     * Within Kubernetes' default grace period of 30 s and Spring's 30 s for each phase of
     * its shutdown.
     */
    static final Duration WAIT = Duration.ofSeconds(25);

    private static final Logger LOG = LoggerFactory.getLogger(GracefulStop.class);

    private static final long POLL_MILLIS = 100;

    /**
     * Looked up when needed: the job operator is built from the job, whose listener this
     * is.
     */
    private final ObjectProvider<JobOperator> jobOperator;

    private final AtomicReference<JobExecution> run = new AtomicReference<>();

    private volatile boolean running;

    public GracefulStop(ObjectProvider<JobOperator> jobOperator) {
        this.jobOperator = jobOperator;
    }

    @Override
    public void beforeJob(JobExecution execution) {
        run.set(execution);
    }

    /** The run has ended: whatever it was doing is recorded. */
    @Override
    public void afterJob(JobExecution execution) {
        run.compareAndSet(execution, null);
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped before every other lifecycle, the pool of threads among them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }

    @Override
    public void stop() {
        running = false;
        JobExecution execution = run.get();
        if (execution == null) {
            return;
        }
        LOG.warn("kubeledger run {} told to stop: it stops once the step under way has ended (waiting up to {} s)",
                execution.getId(), WAIT.toSeconds());
        try {
            jobOperator.getObject().stop(execution);
        }
        catch (JobExecutionNotRunningException ended) {
            return;
        }
        Instant deadline = Instant.now().plus(WAIT);
        while (run.get() == execution && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(POLL_MILLIS);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        if (run.get() == execution) {
            LOG.warn("kubeledger run {} did not stop within {} s: the next run recovers it", execution.getId(),
                    WAIT.toSeconds());
        }
        else {
            LOG.warn("kubeledger run {} stopped: {}; the next start of the day runs it again", execution.getId(),
                    execution.getStatus());
        }
    }

}
