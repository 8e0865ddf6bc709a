package io.kubeledger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Waits for a test server of Debian's packages (the Pushgateway, Prometheus) to answer
 * its readiness endpoint, a tenth of a second between tries; fails with its log when it
 * dies or never does.
 */
final class ReadyProbe {

    private ReadyProbe() {
    }

    static void await(Process process, URI ready, int attempts, Path log, String server)
            throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(1)).build();
        for (int attempt = 0; attempt < attempts && process.isAlive(); attempt++) {
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            }
            catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(server + " did not start: " + Files.readString(log));
    }

}
