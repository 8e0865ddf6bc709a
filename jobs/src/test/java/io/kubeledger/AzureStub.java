package io.kubeledger;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.kubeledger.source.LogQuery;

/**
 * The Log Analytics query API and ARM on loopback, answering with the real response bodies of a local snapshot
 * ({@code logs/<workspace>/<query>.json}, {@code arm/<path>.json}, missing: 404). A query is known by its KQL, which must be
 * the project's own file. Faults are scripted per route, one workspace's or resource's (the job asks several at once):
 * the next answers, then the snapshot's again.
 */
final class AzureStub implements AutoCloseable {

    /** An answer: status, body (may be empty) and headers. */
    record Reply(int status, String body, Map<String, String> headers) {
        static Reply of(int status, String body) {
            return new Reply(status, body, Map.of());
        }
    }

    /** A request the stub received: when, method, path, the query's name and timespan, its Prefer header. */
    record Received(Instant at, String method, String path, String query, String timespan, String prefer) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpServer server;
    private final Path snapshot;
    private final Map<String, Deque<Reply>> scripted = new HashMap<>();
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());

    AzureStub(Path snapshot) throws IOException {
        this.snapshot = snapshot;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String logsEndpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    String armEndpoint() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /**
     * The next answers to a route: a workspace's query ({@code <workspace id>/usage}, …) or an ARM path (a workspace's
     * tables: {@code <workspace resource id>/tables}).
     */
    synchronized void script(String route, Reply... replies) {
        scripted.computeIfAbsent(route, k -> new ArrayDeque<>()).addAll(Arrays.asList(replies));
    }

    synchronized void reset() {
        scripted.clear();
        received.clear();
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            Reply reply;
            if (exchange.getRequestMethod().equals("POST") && path.matches("/v1/workspaces/[^/]+/query")) {
                String workspace = path.split("/")[3];
                Map<?, ?> body = JSON.readValue(exchange.getRequestBody(), Map.class);
                String query = queryName((String) body.get("query"));
                received.add(new Received(Instant.now(), "POST", path, query, (String) body.get("timespan"),
                        exchange.getRequestHeaders().getFirst("Prefer")));
                reply = next(workspace + "/" + query,
                        snapshot.resolve("logs").resolve(workspace).resolve(query + ".json"));
            } else if (exchange.getRequestMethod().equals("GET") && path.endsWith("/tables")) {
                received.add(new Received(Instant.now(), "GET", path, null, null, null));
                String id = path.substring(1, path.length() - "/tables".length()).toLowerCase(Locale.ROOT);
                reply = next(path, snapshot.resolve("arm").resolve(id).resolve("tables.json"));
            } else if (exchange.getRequestMethod().equals("GET")) {
                received.add(new Received(Instant.now(), "GET", path, null, null, null));
                reply = next(path, snapshot.resolve("arm").resolve(path.substring(1).toLowerCase(Locale.ROOT) + ".json"));
            } else {
                reply = Reply.of(404, "{\"error\":{\"code\":\"NotFound\",\"message\":\"no route " + path + "\"}}");
            }
            byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
            if (bytes.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            }
        }
    }

    private synchronized Reply next(String route, Path answer) throws IOException {
        Deque<Reply> replies = scripted.get(route);
        if (replies != null && !replies.isEmpty()) {
            return replies.poll();
        }
        if (!Files.exists(answer)) {
            return Reply.of(404, "{\"error\":{\"code\":\"ResourceNotFound\",\"message\":\"" + answer.getFileName()
                    + " not found\"}}");
        }
        try (InputStream in = Files.newInputStream(answer)) {
            return Reply.of(200, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    private static String queryName(String kql) {
        for (LogQuery query : LogQuery.values()) {
            if (query.kql().equals(kql)) {
                return query.queryName();
            }
        }
        throw new IllegalArgumentException("a query that is not one of the project's KQL files: " + kql);
    }
}
