package io.kubeledger;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import javax.sql.DataSource;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Takes the {@link RunLock} as soon as the job database's {@link DataSource} exists, which is before anything (Spring
 * Batch's schema, the job's tables, the run) can use it; a second run on the same database or output folder stops
 * there with a {@link RunLockedException} naming the first. PostgreSQL is locked on the server, so that pods on other
 * nodes see it; an embedded H2 database through a file of its state folder.
 */
@Component
class RunLocks implements BeanPostProcessor, EnvironmentAware, BeanFactoryAware, DisposableBean {

    /** Every run of a job database shares one lock today. */
    private static final int WHOLE_FLEET = 0;

    private Environment environment;
    private BeanFactory beanFactory;
    private RunLock lock;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) {
        this.beanFactory = beanFactory;
    }

    @Override
    public synchronized Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && lock == null) {
            // The configuration and the arguments are checked first: a run that cannot start takes no lock.
            KubeledgerProperties properties = beanFactory.getBean(KubeledgerProperties.class);
            String holder = holder(beanFactory.getBean(RunArguments.class));
            String url = environment.getProperty("spring.datasource.url", "");
            lock = url.startsWith("jdbc:postgresql:") ? PostgresRunLock.acquire(dataSource, WHOLE_FLEET, holder)
                    : FileRunLock.acquire(properties.outputDir().resolve("state"), holder);
        }
        return bean;
    }

    /**
     * Who holds the lock, as the run it turns away says it: host (the pod) and process first, as PostgreSQL keeps only
     * the first 63 bytes, then the report date and the start.
     */
    private static String holder(RunArguments arguments) {
        List<String> reportDate = arguments.given();
        return "kubeledger on " + host() + " pid " + ProcessHandle.current().pid() + " ("
                + String.join(" ", reportDate) + (reportDate.isEmpty() ? "" : ", ") + "since "
                + Instant.now().truncatedTo(ChronoUnit.SECONDS) + ")";
    }

    private static String host() {
        String pod = System.getenv("HOSTNAME");
        if (pod != null && !pod.isBlank()) {
            return pod;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "an unknown host";
        }
    }

    @Override
    public synchronized void destroy() {
        if (lock != null) {
            lock.close();
            lock = null;
        }
    }
}
