package io.kubeledger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.concurrent.TimeUnit;

/**
 * A Prometheus Pushgateway of Debian's package, on loopback and a free port, for the
 * tests of the run's metrics.
 */
final class PushgatewayServer implements AutoCloseable {

    private final Process process;

    private final Path folder;

    private final int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private PushgatewayServer(Process process, Path folder, int port) {
        this.process = process;
        this.folder = folder;
        this.port = port;
    }

    static PushgatewayServer start() throws IOException, InterruptedException {
        Path folder = Files.createTempDirectory("kubeledger-pushgateway");
        int port = LoopbackPort.free();
        Process process = new ProcessBuilder("prometheus-pushgateway", "--web.listen-address=127.0.0.1:" + port,
                "--persistence.file=" + folder.resolve("metrics"))
            .redirectErrorStream(true)
            .redirectOutput(folder.resolve("pushgateway.log").toFile())
            .start();
        PushgatewayServer server = new PushgatewayServer(process, folder, port);
        server.awaitReady();
        return server;
    }

    /** The arguments that make a run push its metrics here. */
    String[] arguments() {
        return new String[] { "--management.prometheus.metrics.export.pushgateway.enabled=true",
                "--management.prometheus.metrics.export.pushgateway.address=127.0.0.1:" + port };
    }

    /**
     * The value of the sample of {@code metric} whose labels include every
     * {@code name="value"} pair of {@code labels}, from what the Pushgateway serves to
     * Prometheus; empty when there is none.
     */
    OptionalDouble value(String metric, String... labels) throws IOException, InterruptedException {
        return metrics().lines()
            .filter(line -> line.startsWith(metric + "{"))
            .filter(line -> Arrays.stream(labels).allMatch(label -> line.contains(label)))
            .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
            .findFirst();
    }

    String metrics() throws IOException, InterruptedException {
        return http
            .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString())
            .body();
    }

    private void awaitReady() throws IOException, InterruptedException {
        ReadyProbe.await(process, URI.create("http://127.0.0.1:" + port + "/-/ready"), 100,
                folder.resolve("pushgateway.log"), "the Pushgateway");
    }

    @Override
    public void close() throws IOException, InterruptedException {
        // It writes its persistence file as it stops: the folder goes once it has.
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
        BrokenSampleEndToEndTests.delete(folder);
    }

}
