package io.kubeledger;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.BeanNameAware;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import io.kubeledger.config.KubeledgerProperties;
import io.kubeledger.config.Phase;

/**
 * Takes the {@link RunLock}s as soon as the job database's {@link DataSource} exists,
 * which is before anything (Spring Batch's schema, the job's tables, the run) can use it;
 * a second run of the same scope on the same database or output folder stops there with a
 * {@link RunLockedException} naming the first. A scope is a shard's computing, or the
 * reports: the shards of a sharded fleet run at once, and a {@code reports} run waits for
 * none of them, but two runs of one shard, or two runs making reports, never overlap.
 * PostgreSQL is locked on the server, so that pods on other nodes see it; an embedded H2
 * database through a file of its state folder.
 */
@Component
class RunLocks implements BeanPostProcessor, EnvironmentAware, BeanFactoryAware, BeanNameAware, DisposableBean {

    /**
     * The scope of making the reports; each shard's computing has its index as its scope.
     */
    private static final int REPORTS = -1;

    private Environment environment;

    private BeanFactory beanFactory;

    private String name;

    private final List<RunLock> locks = new ArrayList<>();

    private boolean taken;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public void setBeanName(String name) {
        this.name = name;
    }

    @Override
    public synchronized Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !taken) {
            taken = true;
            // Given back before the pool closes: a pool closing first ends the lock's
            // connection under it.
            ((ConfigurableBeanFactory) beanFactory).registerDependentBean(beanName, name);
            // The configuration and the arguments are checked first: a run that cannot
            // start takes no lock.
            KubeledgerProperties properties = beanFactory.getBean(KubeledgerProperties.class);
            String holder = holder(beanFactory.getBean(RunArguments.class));
            boolean postgres = environment.getProperty("spring.datasource.url", "").startsWith("jdbc:postgresql:");
            for (int scope : scopes(properties.phase(), properties.shard().index())) {
                locks.add(postgres ? PostgresRunLock.acquire(dataSource, scope, holder)
                        : FileRunLock.acquire(properties.outputDir().resolve("state"), fileName(scope), holder));
            }
        }
        return bean;
    }

    /** The scopes a run of the phase and shard locks. */
    static List<Integer> scopes(Phase phase, int shard) {
        return switch (phase) {
            case ALL -> List.of(shard, REPORTS);
            case COMPUTE -> List.of(shard);
            case REPORTS -> List.of(REPORTS);
        };
    }

    /**
     * {@code run.lock} for the whole fleet's (or the first shard's) computing, as before
     * shards.
     */
    private static String fileName(int scope) {
        return switch (scope) {
            case REPORTS -> "run-reports.lock";
            case 0 -> "run.lock";
            default -> "run-shard-" + scope + ".lock";
        };
    }

    /**
     * Who holds the lock, as the run it turns away says it: host (the pod) and process
     * first, as PostgreSQL keeps only the first 63 bytes, then the report date and the
     * start.
     */
    private static String holder(RunArguments arguments) {
        List<String> reportDate = arguments.given();
        return "kubeledger on " + host() + " pid " + ProcessHandle.current().pid() + " (" + String.join(" ", reportDate)
                + (reportDate.isEmpty() ? "" : ", ") + "since " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ")";
    }

    private static String host() {
        String pod = System.getenv("HOSTNAME");
        if (pod != null && !pod.isBlank()) {
            return pod;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        }
        catch (UnknownHostException e) {
            return "an unknown host";
        }
    }

    @Override
    public synchronized void destroy() {
        locks.forEach(RunLock::close);
        locks.clear();
    }

}
