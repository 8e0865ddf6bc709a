package io.kubeledger;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.ListBlobsOptions;
import com.azure.storage.common.StorageSharedKeyCredential;

/**
 * Azurite, the Azure Blob emulator, as a real server on a free loopback port for one test
 * class. The build installs it into {@code jobs/node_modules} (see the pom). It serves
 * the accounts the sample's configuration names.
 */
final class AzuriteServer implements AutoCloseable {

    static final Map<String, String> ACCOUNT_KEYS = Map.of("stfinopsexports", key("stfinopsexports"), "stfinancelake",
            key("stfinancelake"), "stbilling", key("stbilling"), "staksauditprod", key("staksauditprod"),
            "staksauditdev", key("staksauditdev"));

    private static final Path EXECUTABLE = Path.of("node_modules/.bin/azurite-blob");

    private final Process process;

    private final int port;

    private AzuriteServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static AzuriteServer start(Path logFile) throws IOException {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException(EXECUTABLE.toAbsolutePath() + " is missing: the build installs it "
                    + "(mvn -B verify runs npm install azurite)");
        }
        int port = LoopbackPort.free();
        ProcessBuilder builder = new ProcessBuilder(EXECUTABLE.toString(), "--blobHost", "127.0.0.1", "--blobPort",
                String.valueOf(port), "--inMemoryPersistence", "--skipApiVersionCheck", "--disableTelemetry")
            .redirectErrorStream(true)
            .redirectOutput(logFile.toFile());
        builder.environment()
            .put("AZURITE_ACCOUNTS",
                    ACCOUNT_KEYS.entrySet()
                        .stream()
                        .map(account -> account.getKey() + ":" + account.getValue())
                        .collect(Collectors.joining(";")));
        AzuriteServer server = new AzuriteServer(builder.start(), port);
        server.awaitListening();
        return server;
    }

    int port() {
        return port;
    }

    /** The {@code kubeledger.azure.blob-endpoint} template that reaches this server. */
    String blobEndpoint() {
        return "http://127.0.0.1:" + port + "/{account}";
    }

    BlobContainerClient container(String account, String container) {
        BlobServiceClient service = new BlobServiceClientBuilder()
            .endpoint(blobEndpoint().replace("{account}", account))
            .credential(new StorageSharedKeyCredential(account, ACCOUNT_KEYS.get(account)))
            .buildClient();
        BlobContainerClient client = service.getBlobContainerClient(container);
        client.createIfNotExists();
        return client;
    }

    /** Uploads a local snapshot's {@code blob/<account>/<container>/<path>} tree. */
    void upload(Path blobRoot) throws IOException {
        try (Stream<Path> files = Files.walk(blobRoot)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = blobRoot.relativize(file);
                container(relative.getName(0).toString(), relative.getName(1).toString())
                    .getBlobClient(relative.subpath(2, relative.getNameCount()).toString().replace('\\', '/'))
                    .uploadFromFile(file.toString(), true);
            }
        }
    }

    List<String> list(String account, String container, String prefix) {
        return container(account, container).listBlobs(new ListBlobsOptions().setPrefix(prefix), null)
            .stream()
            .map(BlobItem::getName)
            .sorted()
            .toList();
    }

    byte[] download(String account, String container, String name) {
        return container(account, container).getBlobClient(name).downloadContent().toBytes();
    }

    @Override
    public void close() {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
    }

    private void awaitListening() {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            }
            catch (IOException notYet) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Azurite exited with " + process.exitValue());
                }
                sleep();
            }
        }
        close();
        throw new IllegalStateException("Azurite did not listen on port " + port + " within 30 s");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String key(String account) {
        return Base64.getEncoder()
            .encodeToString(("kubeledger test key of " + account).getBytes(StandardCharsets.UTF_8));
    }

}
