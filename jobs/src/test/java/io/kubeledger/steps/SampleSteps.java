package io.kubeledger.steps;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;

import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.test.context.SpringBatchTest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import io.kubeledger.StepsOnlyApplication;

/**
 * The step tests' application: the job's, without its runner, on a copy of the bundled
 * sample whose aks-dev-weu export has one row no reader could take. Every step test
 * extends it, so they share one application context.
 */
@SpringBatchTest
@SpringBootTest(classes = StepsOnlyApplication.class,
        properties = "spring.config.additional-location=" + "file:../samples/kubeledger.yaml")
abstract class SampleSteps {

    static final LocalDate LAST_DAY = LocalDate.parse("2026-10-31");
    static final String BAD_ROW = "2026-10-31,payments,deployment,svc,pod,svc,not-a-number";

    private static final Path WORK = copyOfTheSample();

    @DynamicPropertySource
    static void onTheCopy(DynamicPropertyRegistry registry) {
        registry.add("kubeledger.local-root", () -> WORK.resolve("sample").toString());
        registry.add("kubeledger.output-dir", () -> out().toString());
    }

    static Path out() {
        return WORK.resolve("out");
    }

    private static Path copyOfTheSample() {
        try {
            Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()),
                    "step-tests");
            FileSystemUtils.copyRecursively(Path.of("../samples"), work.resolve("sample"));
            Files.writeString(work.resolve("sample/blob/stfinopsexports/opencost/aks-dev-weu.csv"), BAD_ROW + "\n",
                    StandardOpenOption.APPEND);
            return work;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JobParameters reportDate(LocalDate reportDate) {
        return new JobParametersBuilder().addLocalDate("reportDate", reportDate)
            .addLong("run.id", System.nanoTime())
            .toJobParameters();
    }

}
