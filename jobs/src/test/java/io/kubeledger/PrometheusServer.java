package io.kubeledger;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.kubeledger.config.AzureProperties;
import io.kubeledger.source.AzureClients;
import io.kubeledger.source.AzurePrometheusSource;

/**
 * A Prometheus server of Debian's package on loopback and a free port, serving samples
 * that {@code promtool tsdb create-blocks-from openmetrics} wrote into its TSDB: the
 * tests query it as the job queries a monitor workspace, with real PromQL.
 */
public final class PrometheusServer implements AutoCloseable {

    private final Process process;

    private final Path folder;

    private final int port;

    private PrometheusServer(Process process, Path folder, int port) {
        this.process = process;
        this.folder = folder;
        this.port = port;
    }

    /**
     * Loads the OpenMetrics text (timestamps in seconds, ending with # EOF), then serves
     * it, the server started with {@code flags} too (its limits, as
     * {@code --query.max-samples=N}).
     */
    public static PrometheusServer serving(String openMetrics, String... flags)
            throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("kubeledger-prometheus");
        Path samples = Files.writeString(folder.resolve("samples.om"), openMetrics);
        Path data = folder.resolve("data");
        Process blocks = new ProcessBuilder("promtool", "tsdb", "create-blocks-from", "openmetrics", samples.toString(),
                data.toString())
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("promtool.log").toFile())
            .start();
        if (!blocks.waitFor(120, TimeUnit.SECONDS) || blocks.exitValue() != 0) {
            throw new IllegalStateException(
                    "promtool did not load the samples: " + Files.readString(folder.resolve("promtool.log")));
        }
        Path config = Files.writeString(folder.resolve("prometheus.yml"), "global: {}\n");
        int port = LoopbackPort.free();
        // A retention long enough for samples of any date, which the server would drop
        // as too old.
        List<String> command = new ArrayList<>(
                List.of("prometheus", "--config.file=" + config, "--storage.tsdb.path=" + data,
                        "--storage.tsdb.retention.time=100y", "--web.listen-address=127.0.0.1:" + port));
        command.addAll(List.of(flags));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
            .redirectOutput(folder.resolve("prometheus.log").toFile())
            .start();
        PrometheusServer server = new PrometheusServer(process, folder, port);
        server.awaitReady();
        return server;
    }

    /**
     * The job's source of PromQL answers on {@code source: azure} without a credential,
     * as the tests query a monitor workspace on this server; no retries.
     */
    public static AzurePrometheusSource source() {
        return new AzurePrometheusSource(new AzureClients(
                new AzureProperties(AzureProperties.NO_CREDENTIAL, Map.of(), "https://{account}.blob.core.windows.net",
                        "https://api.loganalytics.io/v1", "https://management.azure.com", 0, Duration.ZERO,
                        Duration.ZERO, Duration.ofMinutes(1), Duration.ofSeconds(5), Duration.ofSeconds(30))));
    }

    /** The query endpoint, as a monitor workspace's {@code query-endpoint}. */
    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    private void awaitReady() throws IOException, InterruptedException {
        ReadyProbe.await(process, URI.create(endpoint() + "/-/ready"), 300, folder.resolve("prometheus.log"),
                "Prometheus");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
        BrokenSampleEndToEndTests.delete(folder);
    }

}
