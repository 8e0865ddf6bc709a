package io.kubeledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * The run's metrics, pushed to a real Pushgateway when it ends and read back as
 * Prometheus scrapes them: rows read and quarantined, the month's charge and its billed
 * share (against the lake, read by DuckDB), Spring Batch's durations, and a last success
 * that a failed run leaves in place.
 */
@ExtendWith(OutputCaptureExtension.class)
class MetricsEndToEndTests {

    private static final String RUN = "job=\"kubeledger\"";

    private static PushgatewayServer pushgateway;

    @TempDir
    Path work;

    @BeforeAll
    static void startPushgateway() throws IOException, InterruptedException {
        pushgateway = PushgatewayServer.start();
    }

    @AfterAll
    static void stopPushgateway() throws IOException, InterruptedException {
        pushgateway.close();
    }

    @Test
    void aRunPushesWhatItDidAndAFailedRunKeepsTheLastSuccess() throws Exception {
        // given: the sample, one cluster's export with two rows no reader can take
        Path snapshot = work.resolve("sample");
        BrokenSampleEndToEndTests.copy(Path.of("../samples"), snapshot);
        Path export = snapshot.resolve("blob/stfinopsexports/opencost/aks-prod-weu.csv");
        Files.writeString(export, """
                2026-10-07,payments,deployment,api,api-broken-1,api,0.2,0.5,1,1,0,0,0,0,0.1,0.1,0,0,0,twelve,
                2026-10-07,payments,deployment,api,api-broken-2,api,0.2,0.5,1,1,0,0
                """, StandardOpenOption.APPEND);
        Instant started = Instant.now().minusSeconds(1);

        // when
        int exitCode = run(snapshot, work.resolve("out"));

        // then
        assertThat(exitCode).isZero();
        assertThat(value("kubeledger_run_status")).isEqualTo(1);
        assertThat(value("kubeledger_step_rows", "step=\"exportStep\"", "rows=\"quarantined\"")).isEqualTo(2);
        assertThat(value("kubeledger_step_rows", "step=\"exportStep\"", "rows=\"read\"")).isPositive();
        assertThat(value("spring_batch_job_seconds_count", "spring_batch_job_status=\"COMPLETED\"")).isEqualTo(1);
        assertThat(value("spring_batch_step_seconds_count", "spring_batch_step_name=\"reportStep\"")).isEqualTo(1);
        List<Object> lake = NightlyJobEndToEndTests.query("""
                SELECT sum(EffectiveCost), sum(EffectiveCost) FILTER (WHERE x_CostStatus = 'billed')
                FROM read_parquet('%s/lake/chargeback/*/*.parquet') WHERE ChargePeriodStart >= '2026-10-01'
                """.formatted(work.resolve("out"))).get(0);
        BigDecimal charged = (BigDecimal) lake.get(0);
        assertThat(value("kubeledger_month_charged", "currency=\"USD\"")).isCloseTo(charged.doubleValue(),
                within(0.005));
        assertThat(value("kubeledger_month_billed_share"))
            .isCloseTo(((BigDecimal) lake.get(1)).divide(charged, MathContext.DECIMAL64).doubleValue(), within(1e-9));
        double lastSuccess = value("kubeledger_last_success_timestamp_seconds");
        assertThat(lastSuccess).isBetween((double) started.getEpochSecond(), (double) Instant.now().getEpochSecond());

        // and when: the next run finds that export unreadable
        Files.write(export, new byte[] { 0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3, 10 });
        int failedExitCode = run(snapshot, work.resolve("out-failed"));

        // then: it says it failed, and the last success is still the first run's
        assertThat(failedExitCode).isEqualTo(69);
        assertThat(value("kubeledger_run_status")).isZero();
        assertThat(value("spring_batch_job_seconds_count", "spring_batch_job_status=\"FAILED\"")).isEqualTo(1);
        assertThat(value("kubeledger_last_success_timestamp_seconds")).isEqualTo(lastSuccess);
    }

    @Test
    void anUnreachablePushgatewayDoesNotFailTheRun(CapturedOutput output) throws IOException {
        // when
        int exitCode = KubeledgerRun.run(Path.of("../samples/kubeledger.yaml"), work.resolve("out"),
                "reportDate=2026-10-31", "--kubeledger.local-root=../samples",
                "--management.prometheus.metrics.export.pushgateway.enabled=true",
                "--management.prometheus.metrics.export.pushgateway.address=127.0.0.1:" + LoopbackPort.free());

        // then
        assertThat(exitCode).isZero();
        assertThat(output.getOut()).contains("Pushgateway");
    }

    private static int run(Path snapshot, Path out) {
        String[] arguments = { "reportDate=2026-10-31", "--kubeledger.local-root=" + snapshot };
        String[] all = new String[arguments.length + 2];
        System.arraycopy(arguments, 0, all, 0, arguments.length);
        System.arraycopy(pushgateway.arguments(), 0, all, arguments.length, 2);
        return KubeledgerRun.run(snapshot.resolve("kubeledger.yaml"), out, all);
    }

    private static double value(String metric, String... labels) throws IOException, InterruptedException {
        String[] withRun = new String[labels.length + 1];
        withRun[0] = RUN;
        System.arraycopy(labels, 0, withRun, 1, labels.length);
        return pushgateway.value(metric, withRun)
            .orElseThrow(() -> new AssertionError("no " + metric + " " + List.of(labels) + " pushed"));
    }

}
