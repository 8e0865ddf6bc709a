package io.kubeledger;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Makes {@code kubeledger.output-dir} an absolute path, so that a relative one works as
 * written ({@code out} as well as {@code ./out}): H2 refuses a database path that is only
 * implicitly relative, and every message names the folder wherever the job was started
 * from.
 */
class AbsoluteOutputDir implements EnvironmentPostProcessor {

    static final String KEY = "kubeledger.output-dir";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String outputDir = environment.getProperty(KEY);
        if (outputDir == null || outputDir.isBlank()) {
            return;
        }
        try {
            environment.getPropertySources()
                .addFirst(new MapPropertySource("kubeledger-absolute-output-dir",
                        Map.of(KEY, Path.of(outputDir).toAbsolutePath().normalize().toString())));
        }
        catch (InvalidPathException e) {
            // left as it is: binding names the key and the value
        }
    }

}
