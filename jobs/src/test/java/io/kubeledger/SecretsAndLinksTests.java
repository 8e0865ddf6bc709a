package io.kubeledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * No secret of the configuration reaches a log line, a message or an output, whatever
 * goes wrong; and no symbolic link makes the job read a file outside its snapshot or
 * write outside its output folder.
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsAndLinksTests {

    private static final Path SAMPLE = Path.of("../samples");

    private static final String ACCOUNT_KEY = "PLANTEDaccountKEY0123456789+/abcdefghijklmnopqrstuvwxyz==";

    private static final String SAS = "sv=2024-11-04&ss=b&sig=PLANTEDsasSIGNATURE%2Bx";

    @TempDir
    Path work;

    @Test
    void aMisspeltSecretKeyIsNamedWithoutItsValue(CapturedOutput output) {
        // when: account-key for account-keys
        assertThatThrownBy(() -> KubeledgerRun.run(SAMPLE.resolve("kubeledger.yaml"), work.resolve("out"),
                "reportDate=2026-10-31", "--kubeledger.local-root=" + SAMPLE,
                "--kubeledger.azure.account-key.devstoreaccount1=" + ACCOUNT_KEY));

        // then
        assertThat(output.getAll()).contains("kubeledger.azure.account-key.devstoreaccount1")
            .doesNotContain(ACCOUNT_KEY, "PLANTEDaccountKEY");
    }

    @Test
    void aSasTokenInTheLakeUrlIsRefusedWithoutBeingShown(CapturedOutput output) {
        assertThatThrownBy(() -> KubeledgerRun.run(SAMPLE.resolve("kubeledger.yaml"), work.resolve("out"),
                "reportDate=2026-10-31", "--kubeledger.local-root=" + SAMPLE,
                "--kubeledger.lake-url=https://stfinance.blob.core.windows.net/lake/kubeledger?" + SAS))
            .rootCause()
            .hasMessageContaining("kubeledger.lake-url: must not carry a query string");
        assertThat(output.getAll()).doesNotContain("PLANTEDsas");
    }

    @Test
    void aRunWithSecretsConfiguredShowsNoneOfThemAnywhere(CapturedOutput output) throws IOException {
        // when
        Path out = work.resolve("out");
        int exitCode = KubeledgerRun.run(SAMPLE.resolve("kubeledger.yaml"), out, "reportDate=2026-10-31",
                "--kubeledger.local-root=" + SAMPLE, "--kubeledger.azure.account-keys.devstoreaccount1=" + ACCOUNT_KEY,
                "--spring.mail.password=PLANTEDsmtpPASSWORD", "--spring.datasource.password=PLANTEDdbPASSWORD");

        // then: not in the log, nor in any file the run wrote
        assertThat(exitCode).isZero();
        assertThat(output.getAll()).doesNotContain("PLANTED");
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                    .doesNotContain("PLANTED");
            }
        }
    }

    @Test
    void aLinkOutOfTheOutputFolderStopsTheRunBeforeItWritesThroughIt() throws IOException {
        // given: last month's team statements folder is a link to a folder elsewhere
        Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("precious.pdf"), "keep me");
        Path out = work.resolve("out");
        Files.createDirectories(out.resolve("reports/2026-10"));
        Files.createSymbolicLink(out.resolve("reports/2026-10/teams"), elsewhere);

        // when / then
        assertThatThrownBy(() -> KubeledgerRun.run(SAMPLE.resolve("kubeledger.yaml"), out, "reportDate=2026-10-31",
                "--kubeledger.local-root=" + SAMPLE))
            .rootCause()
            .hasMessageContaining("kubeledger.output-dir: " + out.resolve("reports/2026-10/teams")
                    + " is a symbolic link out of the output folder");
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertThat(files).containsExactly(elsewhere.resolve("precious.pdf"));
        }
    }

    @Test
    void aLinkOutOfTheSnapshotIsNeverReadNorItsContentShown(CapturedOutput output) throws IOException {
        // given: a copy of the sample whose export of aks-prod-weu is a link to a file
        // outside the snapshot
        Path snapshot = work.resolve("sample");
        BrokenSampleEndToEndTests.copy(SAMPLE, snapshot);
        Path outside = work.resolve("credentials.txt");
        Files.write(outside, List.of("PLANTED-first-line-of-a-file-outside", "more"));
        Path export = snapshot.resolve("blob/stfinopsexports/opencost/aks-prod-weu.csv");
        Files.delete(export);
        Files.createSymbolicLink(export, outside);

        // when
        int exitCode = KubeledgerRun.run(snapshot.resolve("kubeledger.yaml"), work.resolve("out"),
                "reportDate=2026-10-31", "--kubeledger.local-root=" + snapshot);

        // then
        assertThat(exitCode).isEqualTo(69);
        assertThat(KubeledgerRun.failures(output.getOut(), "2026-10-31")).singleElement()
            .asString()
            .contains("cluster 'aks-prod-weu'")
            .contains("is a link out of the local snapshot's blob folder");
        assertThat(output.getAll()).doesNotContain("PLANTED");
    }

}
