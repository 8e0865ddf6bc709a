package io.kubeledger;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Runs the job as its command line does, in this JVM, with its own output folder and database. */
final class KubeledgerRun {

    private KubeledgerRun() {
    }

    /** Returns the exit code the job would give Kubernetes. */
    static int run(Path config, Path outputDir, String... arguments) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.config.additional-location=file:" + config,
                "--kubeledger.output-dir=" + outputDir,
                "--spring.main.register-shutdown-hook=false"));
        args.addAll(List.of(arguments));
        ConfigurableApplicationContext context = SpringApplication.run(KubeledgerApplication.class,
                args.toArray(String[]::new));
        return SpringApplication.exit(context);
    }
}
