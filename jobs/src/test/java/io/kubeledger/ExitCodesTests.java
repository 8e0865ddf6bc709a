package io.kubeledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.ExitCodeGenerator;

import io.kubeledger.config.KubeledgerProperties.InvalidConfigurationException;
import io.kubeledger.report.IncompleteLakeException;
import io.kubeledger.source.SourceUnavailableException;

/**
 * A failed run's exit code tells a retry that can mend it (69) from one that cannot (65,
 * 78) and from a bug (70).
 */
class ExitCodesTests {

    @Test
    void aSourceUnavailableOrAShardNotYetInTheLakeIsWorthARetry() {
        assertThat(NightlyJobRunner.exitCodeOf(List.of(new IllegalStateException("step failed",
                new SourceUnavailableException("the export cannot be read", null)))))
            .isEqualTo(69);
        assertThat(NightlyJobRunner.exitCodeOf(List.of(new IncompleteLakeException("shard 2 missing")))).isEqualTo(69);
    }

    @Test
    void badInputBeatsAnUnavailableSourceAndAnUnforeseenErrorBeatsBoth() {
        Throwable unavailable = new SourceUnavailableException("down", null);
        Throwable badRows = new BadInput();

        assertThat(NightlyJobRunner.exitCodeOf(List.of(unavailable, badRows))).isEqualTo(65);
        assertThat(NightlyJobRunner.exitCodeOf(List.of(unavailable, badRows, new NullPointerException())))
            .isEqualTo(70);
        assertThat(NightlyJobRunner.exitCodeOf(List.of())).isEqualTo(70);
    }

    /** As the ingest's exceptions for bad input declare themselves. */
    private static final class BadInput extends RuntimeException implements ExitCodeGenerator {

        @Override
        public int getExitCode() {
            return 65;
        }

    }

    @Test
    void aWrongConfigurationEndsTheRunWithExConfig() {
        assertThat(new InvalidConfigurationException(List.of("kubeledger.currency: missing")).getExitCode())
            .isEqualTo(78);
    }

}
