package io.kubeledger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the job as its command line does, in this JVM, with its own output folder and
 * database.
 */
final class KubeledgerRun {

    private KubeledgerRun() {
    }

    /**
     * The log lines saying that runs for {@code reportDate} failed, and why, in the order
     * they were logged.
     */
    static List<String> failures(String log, String reportDate) {
        return log.lines().filter(line -> line.contains("kubeledger run for " + reportDate + " FAILED")).toList();
    }

    /** Returns the exit code the job would give Kubernetes. */
    static int run(Path config, Path outputDir, String... arguments) {
        List<String> args = new ArrayList<>(List.of("--spring.config.additional-location=file:" + config,
                "--kubeledger.output-dir=" + outputDir, "--spring.main.register-shutdown-hook=false"));
        args.addAll(List.of(arguments));
        ConfigurableApplicationContext context = SpringApplication.run(KubeledgerApplication.class,
                args.toArray(String[]::new));
        return SpringApplication.exit(context);
    }

}
