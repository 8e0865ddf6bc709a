package io.kubeledger;

import org.slf4j.LoggerFactory;
import org.slf4j.Marker;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.stereotype.Component;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.turbo.TurboFilter;
import ch.qos.logback.core.spi.FilterReply;

/**
 * Keeps Spring Batch from logging a refusal's stack trace. A failure that declares its
 * exit code (bad input 65, a source unavailable 69, a wrong configuration 78) says in its
 * message all a person needs, and the run's last line repeats it; Spring Batch would log
 * each such failure once more with some 80 lines of its own stack above it. A failure
 * that declares nothing (a bug, exit 70) keeps its stack trace; a partitioned step's own
 * failure, which only says that a partition failed (a {@link JobExecutionException}),
 * goes with its partitions'. Added to Logback once the logging is set up, as Spring Boot
 * resets Logback's filters while it starts.
 */
@Component
class RefusalLogFilter extends TurboFilter {

    private static final String SPRING_BATCH = "org.springframework.batch";

    RefusalLogFilter() {
        if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback
                && logback.getTurboFilterList().stream().noneMatch(RefusalLogFilter.class::isInstance)) {
            start();
            logback.addTurboFilter(this);
        }
    }

    @Override
    public FilterReply decide(Marker marker, Logger logger, Level level, String format, Object[] params,
            Throwable failure) {
        if (failure == null || !logger.getName().startsWith(SPRING_BATCH)) {
            return FilterReply.NEUTRAL;
        }
        return NightlyJobRunner.declaredExitCode(failure) != NightlyJobRunner.SOFTWARE
                || failure instanceof JobExecutionException ? FilterReply.DENY : FilterReply.NEUTRAL;
    }

}
