package io.kubeledger;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobExecutionException;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.stereotype.Component;

import io.kubeledger.config.KubeledgerProperties;
import io.kubeledger.config.Phase;

/**
 * Starts the nightly job for the {@code reportDate=YYYY-MM-DD} argument, or for yesterday
 * (UTC) without one. Each start is a new job instance (a {@code run.id} parameter),
 * because rerunning a day is how late data is healed.
 */
@Component
public class NightlyJobRunner implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger LOG = LoggerFactory.getLogger(NightlyJobRunner.class);

    private static final String PHASE = "phase";

    private static final String SHARD = "shard.index";

    private final JobOperator jobOperator;

    private final JobRepository jobRepository;

    private final Job nightlyJob;

    private final KubeledgerProperties properties;

    private final Clock clock;

    private final RunArguments arguments;

    /** EX_SOFTWARE of sysexits.h: a failure that names no exit code of its own. */
    static final int SOFTWARE = 70;

    private int exitCode;

    public NightlyJobRunner(JobOperator jobOperator, JobRepository jobRepository, Job nightlyJob,
            KubeledgerProperties properties, Clock clock, RunArguments arguments) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.nightlyJob = nightlyJob;
        this.properties = properties;
        this.clock = clock;
        this.arguments = arguments;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        LocalDate reportDate = arguments.reportDate();
        JobParameters parameters = new JobParametersBuilder().addLocalDate(RunArguments.REPORT_DATE, reportDate)
            .addLong("run.id", clock.millis())
            .addString(PHASE, properties.phase().name(), false)
            .addLong(SHARD, (long) properties.shard().index(), false)
            .toJobParameters();
        LOG.info("kubeledger run for {} (the days {} to {}; phase {}{})", reportDate, reportDate.withDayOfMonth(1),
                reportDate, properties.phase().name().toLowerCase(Locale.ROOT), properties.shard().count() == 1 ? ""
                        : ", shard " + properties.shard().index() + " of " + properties.shard().count());
        recoverStaleExecutions();
        JobExecution execution = jobOperator.start(nightlyJob, parameters);
        RunSummary.warnings(execution, properties.currency()).forEach(LOG::warn);
        LOG.info("kubeledger run for {}: {}", reportDate, RunSummary.of(execution, properties));
        if (execution.getStatus() == BatchStatus.COMPLETED) {
            LOG.info("kubeledger run for {} completed", reportDate);
        }
        else {
            exitCode = exitCodeOf(execution.getAllFailureExceptions());
            LOG.error("kubeledger run for {} {}: {}", reportDate, execution.getStatus(), failures(execution));
        }
    }

    /**
     * A run killed half-way ({@code kill -9}, a drained node) leaves its execution
     * STARTED for ever. This run holds the run locks of its scopes ({@link RunLocks}), so
     * no other run of them is under way and any such execution is stale: it is marked
     * FAILED, and this run, which rewrites every output of its month, goes ahead. The
     * executions of other shards' scopes may be running now, on this database: they are
     * left alone.
     */
    private void recoverStaleExecutions() {
        List<Integer> scopes = RunLocks.scopes(properties.phase(), properties.shard().index());
        for (JobExecution stale : jobRepository.findRunningJobExecutions(nightlyJob.getName())) {
            if (RunLocks.scopes(phase(stale), shard(stale)).stream().noneMatch(scopes::contains)) {
                continue;
            }
            LOG.warn("recovering execution {} (reportDate {}, started {}): left unfinished by a run that was killed",
                    stale.getId(), stale.getJobParameters().getLocalDate(RunArguments.REPORT_DATE),
                    stale.getStartTime());
            jobOperator.recover(stale);
        }
    }

    /** An execution's phase; executions from before phases were all of {@code all}. */
    private static Phase phase(JobExecution execution) {
        String phase = execution.getJobParameters().getString(PHASE);
        return phase == null ? Phase.ALL : Phase.valueOf(phase);
    }

    private static int shard(JobExecution execution) {
        Long shard = execution.getJobParameters().getLong(SHARD);
        return shard == null ? 0 : shard.intValue();
    }

    /**
     * Each failure with its causes, so the one log line an on-call engineer reads names
     * what broke.
     */
    private static String failures(JobExecution execution) {
        return named(execution.getAllFailureExceptions()).stream()
            .map(NightlyJobRunner::withCauses)
            .collect(Collectors.joining("; "));
    }

    /**
     * The failures that say what broke: a failed cluster partition fails the exportStep
     * too, with a JobExecutionException that names nothing.
     */
    private static List<Throwable> named(List<Throwable> failures) {
        List<Throwable> named = failures.stream().filter(f -> !(f instanceof JobExecutionException)).toList();
        return named.isEmpty() ? failures : named;
    }

    /**
     * The failure's message and those of its causes that say something more, down to the
     * first that declares its exit code: such a refusal's message says all a person needs
     * (what, where, why), and its causes are the library's.
     */
    private static String withCauses(Throwable failure) {
        List<String> messages = new ArrayList<>();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getName() : t.getMessage();
            if (messages.isEmpty() || !messages.get(messages.size() - 1).contains(message)) {
                messages.add(message);
            }
            if (t instanceof ExitCodeGenerator) {
                break;
            }
        }
        return String.join(", caused by: ", messages);
    }

    /**
     * The exit code of a failed run, from what its failures say of themselves
     * ({@link ExitCodeGenerator}): 70 when any failure says nothing (a bug, or an error
     * no one foresaw), else 65 when an input is bad, else 69 (a source, the lake or the
     * mail server is unavailable), so that a Job retries only what a retry can mend.
     */
    static int exitCodeOf(List<Throwable> failures) {
        Set<Integer> codes = new TreeSet<>();
        for (Throwable failure : named(failures)) {
            codes.add(declaredExitCode(failure));
        }
        return codes.isEmpty() || codes.contains(SOFTWARE) ? SOFTWARE : codes.iterator().next();
    }

    /**
     * The exit code the failure, or the first of its causes that says one, declares; else
     * 70.
     */
    static int declaredExitCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ExitCodeGenerator declared && declared.getExitCode() != 0) {
                return declared.getExitCode();
            }
        }
        return SOFTWARE;
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }

}
