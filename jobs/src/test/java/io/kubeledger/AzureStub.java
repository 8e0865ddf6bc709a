package io.kubeledger;

import java.io.IOException;
import java.util.regex.Pattern;
import java.util.regex.Matcher;
import java.util.LinkedHashMap;
import java.time.LocalDate;
import java.net.URLDecoder;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.kubeledger.source.LogQuery;

/**
 * The Log Analytics query API and ARM on loopback, answering with the real response
 * bodies of a local snapshot ({@code logs/<workspace>/<query>.json},
 * {@code arm/<path>.json}, missing: 404). A query's answer holds the rows of its timespan
 * (by their first column, the day), at most {@link #rowLimit} of them: a longer answer is
 * cut there with the service's partial error, as the query API cuts one over 500,000
 * rows. A query is known by its KQL, which must be the project's own file. Faults are
 * scripted per route, one workspace's or resource's (the job asks several at once): the
 * next answers, then the snapshot's again.
 */
final class AzureStub implements AutoCloseable {

    /** An answer: status, body (may be empty) and headers. */
    record Reply(int status, String body, Map<String, String> headers) {
        static Reply of(int status, String body) {
            return new Reply(status, body, Map.of());
        }
    }

    /**
     * A request the stub received: when, method, path, the query's name and timespan, its
     * Prefer header.
     */
    record Received(Instant at, String method, String path, String query, String timespan, String prefer) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    static final int SERVICE_ROW_LIMIT = 500_000;

    private static final String CUT = """
            {"code":"PartialError","message":"There were some errors when processing your query.",
             "details":[{"code":"EngineError","message":"Something went wrong processing your query on the server.",
                         "innererror":{"code":"-2133196801","message":"Query result set has exceeded the internal \
            record count limit %d (E_QUERY_RESULT_SET_TOO_LARGE; see https://aka.ms/kustoquerylimits)","severity":2,
                                       "severityName":"Error"}}]}""";

    private final HttpServer server;

    private final Path snapshot;

    private final Map<String, Deque<Reply>> scripted = new HashMap<>();

    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());

    private volatile int rowLimit = SERVICE_ROW_LIMIT;

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

    /** A monitor workspace's Prometheus query endpoint, answering from the snapshot. */
    String prometheusEndpoint(String workspace) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/prometheus/" + workspace;
    }

    /**
     * The snapshot's name of the rightsizing's PromQL query in a form body
     * ({@code <cluster>/<day>/<figure>}): the cluster of its selector, the day that ends
     * at its time, the figure by its metric.
     */
    private static String promQueryName(String form) {
        Map<String, String> fields = new HashMap<>();
        for (String field : form.split("&")) {
            String[] pair = field.split("=", 2);
            fields.put(pair[0], URLDecoder.decode(pair[1], StandardCharsets.UTF_8));
        }
        String promql = fields.get("query");
        Matcher cluster = Pattern.compile("cluster=\"([^\"]*)\"").matcher(promql);
        if (!cluster.find()) {
            throw new IllegalArgumentException("a query of no cluster: " + promql);
        }
        // A query is evaluated at its day's end, or just before it.
        LocalDate day = LocalDate.ofEpochDay(Math.floorDiv(Long.parseLong(fields.get("time")) + 86_399, 86_400) - 1);
        Map<String, String> figures = new LinkedHashMap<>();
        figures.put("container_cpu_usage_seconds_total", "cpu");
        figures.put("container_memory_working_set_bytes", "memory");
        figures.put("kube_pod_container_status_last_terminated_reason", "oom-killed");
        figures.put("container_cpu_cfs_throttled_periods_total", "throttled-periods");
        figures.put("container_cpu_cfs_periods_total", "periods");
        figures.put("count_over_time", "samples");
        String figure = figures.entrySet()
            .stream()
            .filter(metric -> promql.contains(metric.getKey()))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElseThrow(() -> new IllegalArgumentException("a query of no known metric: " + promql));
        return cluster.group(1) + "/" + day + "/" + figure;
    }

    /**
     * The next answers to a route: a workspace's query ({@code <workspace id>/usage}, …)
     * or an ARM path (a workspace's tables: {@code <workspace resource id>/tables}).
     */
    synchronized void script(String route, Reply... replies) {
        scripted.computeIfAbsent(route, k -> new ArrayDeque<>()).addAll(Arrays.asList(replies));
    }

    synchronized void reset() {
        scripted.clear();
        received.clear();
        rowLimit = SERVICE_ROW_LIMIT;
    }

    /**
     * The most rows an answer holds before the stub cuts it, as the service does at
     * 500,000.
     */
    void rowLimit(int rows) {
        rowLimit = rows;
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
                reply = within(
                        next(workspace + "/" + query,
                                snapshot.resolve("logs").resolve(workspace).resolve(query + ".json")),
                        (String) body.get("timespan"));
            }
            else if (exchange.getRequestMethod().equals("POST") && path.matches("/prometheus/[^/]+/api/v1/query")) {
                String workspace = path.split("/")[2];
                String name = promQueryName(
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                received.add(new Received(Instant.now(), "POST", path, name, null, null));
                reply = next(workspace + "/" + name,
                        snapshot.resolve("prometheus").resolve(workspace).resolve(name + ".json"));
            }
            else if (exchange.getRequestMethod().equals("GET") && path.endsWith("/tables")) {
                received.add(new Received(Instant.now(), "GET", path, null, null, null));
                String id = path.substring(1, path.length() - "/tables".length()).toLowerCase(Locale.ROOT);
                reply = next(path, snapshot.resolve("arm").resolve(id).resolve("tables.json"));
            }
            else if (exchange.getRequestMethod().equals("GET")) {
                received.add(new Received(Instant.now(), "GET", path, null, null, null));
                reply = next(path,
                        snapshot.resolve("arm").resolve(path.substring(1).toLowerCase(Locale.ROOT) + ".json"));
            }
            else {
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

    /**
     * A snapshot answer as the service gives it for a timespan: its rows of those days,
     * cut at the row limit.
     */
    private Reply within(Reply reply, String timespan) throws IOException {
        if (reply.status() != 200 || timespan == null || !reply.body().startsWith("{\"tables\"")) {
            return reply;
        }
        ObjectNode answer = (ObjectNode) JSON.readTree(reply.body());
        if (answer.has("error")) {
            return reply;
        }
        ObjectNode table = (ObjectNode) answer.path("tables").get(0);
        OffsetDateTime from = OffsetDateTime.parse(timespan.split("/")[0]);
        OffsetDateTime to = OffsetDateTime.parse(timespan.split("/")[1]);
        ArrayNode rows = JSON.createArrayNode();
        for (JsonNode row : table.path("rows")) {
            OffsetDateTime day = OffsetDateTime.parse(row.get(0).asText());
            if (!day.isBefore(from) && day.isBefore(to)) {
                rows.add(row);
            }
        }
        if (rows.size() > rowLimit) {
            ArrayNode cut = JSON.createArrayNode();
            for (int i = 0; i < rowLimit; i++) {
                cut.add(rows.get(i));
            }
            rows = cut;
            answer.set("error", JSON.readTree(CUT.formatted(rowLimit)));
        }
        table.set("rows", rows);
        return Reply.of(200, JSON.writeValueAsString(answer));
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
