package io.kubeledger.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import com.azure.core.credential.AccessToken;
import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpHeaders;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.BinaryData;

import io.kubeledger.config.AzureProperties;
import io.kubeledger.config.KubeledgerProperties.MonitorWorkspace;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * On Azure a PromQL query carries a Microsoft Entra token for the Prometheus audience: a
 * stand-in for Entra ID mints a token naming the scope it was asked for, and a stub of
 * the workspace's query endpoint answers only a token of its own audience, as the service
 * does.
 */
class AzurePrometheusSourceTests {

    private static final MonitorWorkspace WORKSPACE = new MonitorWorkspace("amw-eu",
            "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Monitor/accounts/amw-eu",
            "https://amw-eu-a1b2.westeurope.prometheus.monitor.azure.com");

    private static final PromQuery QUERY = new PromQuery("aks-eu/2026-10-31/memory",
            "max by (namespace, pod, container) (max_over_time(container_memory_working_set_bytes{cluster=\"aks-eu\"}[1d]))",
            Instant.parse("2026-11-01T00:00:00Z"));

    private static final String ANSWER = "{\"status\":\"success\",\"data\":{\"resultType\":\"vector\",\"result\":"
            + "[{\"metric\":{\"namespace\":\"shop\",\"pod\":\"api-1\",\"container\":\"api\"},"
            + "\"value\":[1793491200,\"734003200\"]}]}}";

    private final List<HttpRequest> requests = new ArrayList<>();

    @Test
    void aQueryCarriesATokenForThePrometheusAudienceAndReadsTheAnswer() {
        // given: the endpoint answers only a token of its own audience
        AzurePrometheusSource source = source(
                request -> tokenFor("https://prometheus.monitor.azure.com/.default", request)
                        ? respond(request, 200, ANSWER)
                        : respond(request, 401, "{\"error\":{\"code\":\"InvalidAudience\"}}"));

        // when
        List<PromSeries> series = new ArrayList<>();
        source.query(WORKSPACE, QUERY, series::add);

        // then: one POST of the query as a form, at the query's time
        assertThat(series).containsExactly(
                new PromSeries(Map.of("namespace", "shop", "pod", "api-1", "container", "api"), 734003200));
        assertThat(requests).hasSize(1);
        assertThat(requests.get(0).getUrl()).hasToString(WORKSPACE.queryEndpoint() + "/api/v1/query");
        assertThat(requests.get(0).getBodyAsBinaryData().toString()).startsWith("query=max+by+%28namespace")
            .endsWith("&time=1793491200");
    }

    @Test
    void anIdentityWithoutTheReaderRoleIsToldWhichRoleItNeeds() {
        AzurePrometheusSource source = source(request -> respond(request, 403,
                "{\"error\":{\"code\":\"Forbidden\",\"message\":\"The client does not have authorization\"}}"));

        assertThatThrownBy(() -> source.query(WORKSPACE, QUERY, series -> {
        })).isInstanceOf(SourceUnavailableException.class)
            .hasMessageContaining("the PromQL query aks-eu/2026-10-31/memory of monitor workspace amw-eu at "
                    + WORKSPACE.queryEndpoint() + "/api/v1/query failed: HTTP 403 (the job's identity is not allowed: "
                    + "it needs Monitoring Data Reader on the Azure Monitor workspace): {\"error\":{\"code\":"
                    + "\"Forbidden\",\"message\":\"The client does not have authorization\"}}");
    }

    private AzurePrometheusSource source(Function<HttpRequest, HttpResponse> endpoint) {
        TokenCredential entra = context -> Mono.just(new AccessToken(
                "token-for " + String.join(" ", context.getScopes()), OffsetDateTime.now().plusHours(1)));
        HttpClient transport = request -> {
            requests.add(request);
            return Mono.just(endpoint.apply(request));
        };
        AzureProperties properties = new AzureProperties(AzureProperties.DEFAULT_CREDENTIAL, Map.of(),
                "https://{account}.blob.core.windows.net", "https://api.loganalytics.io/v1",
                "https://management.azure.com", 0, Duration.ZERO, Duration.ZERO, Duration.ofMinutes(1),
                Duration.ofSeconds(5), Duration.ofSeconds(30));
        return new AzurePrometheusSource(new AzureClients(properties, entra, transport));
    }

    private static boolean tokenFor(String scope, HttpRequest request) {
        return ("Bearer token-for " + scope).equals(request.getHeaders().getValue(HttpHeaderName.AUTHORIZATION));
    }

    private static HttpResponse respond(HttpRequest request, int status, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new HttpResponse(request) {

            @Override
            public int getStatusCode() {
                return status;
            }

            @Override
            @Deprecated
            public String getHeaderValue(String name) {
                return getHeaders().getValue(name);
            }

            @Override
            public HttpHeaders getHeaders() {
                return new HttpHeaders().set(HttpHeaderName.CONTENT_TYPE, "application/json");
            }

            @Override
            public Flux<ByteBuffer> getBody() {
                return Flux.just(ByteBuffer.wrap(bytes));
            }

            @Override
            public Mono<byte[]> getBodyAsByteArray() {
                return Mono.just(bytes);
            }

            @Override
            public Mono<String> getBodyAsString() {
                return Mono.just(body);
            }

            @Override
            public Mono<String> getBodyAsString(Charset charset) {
                return Mono.just(new String(bytes, charset));
            }

            @Override
            public BinaryData getBodyAsBinaryData() {
                return BinaryData.fromBytes(bytes);
            }
        };
    }

}
