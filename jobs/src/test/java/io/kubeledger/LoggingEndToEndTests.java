package io.kubeledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What an on-call engineer reads: structured JSON logs on demand, a summary, progress,
 * and never a secret.
 */
@ExtendWith(OutputCaptureExtension.class)
class LoggingEndToEndTests {

    private static final Path SAMPLE = Path.of("../samples");

    private static final String ACCOUNT_KEY = "c2VjcmV0LWFjY291bnQta2V5LW5ldmVyLWxvZ2dlZA==";

    private static final String SMTP_PASSWORD = "smtp-password-never-logged";

    @TempDir
    Path out;

    @Test
    void structuredLogsAreOneJsonObjectPerLineWithTheSummaryAndNoSecret(CapturedOutput output) throws Exception {
        // when
        int exitCode = KubeledgerRun.run(SAMPLE.resolve("kubeledger.yaml"), out, "reportDate=2026-10-31",
                "--kubeledger.local-root=" + SAMPLE, "--logging.structured.format.console=ecs",
                "--kubeledger.azure.account-keys.stfinopsexports=" + ACCOUNT_KEY, "--spring.mail.host=127.0.0.1",
                "--spring.mail.password=" + SMTP_PASSWORD);

        // then
        assertThat(exitCode).isZero();
        ObjectMapper json = new ObjectMapper();
        List<String> lines = output.getOut().lines().filter(line -> line.startsWith("{")).toList();
        assertThat(lines).isNotEmpty();
        List<String> messages = lines.stream().map(line -> {
            try {
                JsonNode entry = json.readTree(line);
                assertThat(entry.path("log").path("level").asText()).isNotEmpty();
                return entry.path("message").asText();
            }
            catch (Exception e) {
                throw new AssertionError("not JSON: " + line, e);
            }
        }).toList();
        assertThat(messages).anyMatch(m -> m.startsWith("kubeledger run for 2026-10-31: ") && m.contains("exportStep")
                && m.contains("month 2026-10 (final): 22,333.58 USD"));
        assertThat(messages).anyMatch(m -> m.startsWith("reading the export of cluster aks-prod-weu (1 of 4)"));
        assertThat(output.getAll()).doesNotContain(ACCOUNT_KEY, SMTP_PASSWORD);
    }

}
