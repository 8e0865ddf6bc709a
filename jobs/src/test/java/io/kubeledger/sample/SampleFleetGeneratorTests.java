package io.kubeledger.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleFleetGeneratorTests {

    private static final Path SAMPLES = Path.of("../samples");

    @Test
    void theBundledSampleIsTheGeneratorsOutputWithItsDefaults(@TempDir Path out) throws IOException {
        // when
        new SampleFleetGenerator(42, 4, 6, 45, LocalDate.of(2026, 10, 31), 3).write(out);

        // then: the same files, byte for byte, but for the snapshot folder the
        // configuration names
        assertThat(files(out)).isEqualTo(files(SAMPLES));
        for (Path file : files(out)) {
            if (file.toString().endsWith(".gz")) {
                assertThat(out.resolve(file)).as(file.toString()).hasSameBinaryContentAs(SAMPLES.resolve(file));
                continue;
            }
            String expected = Files.readString(SAMPLES.resolve(file));
            if (file.toString().equals("kubeledger.yaml")) {
                expected = expected.replace("local-root: samples", "local-root: " + out);
            }
            assertThat(Files.readString(out.resolve(file))).as(file.toString()).isEqualTo(expected);
        }
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

}
