package io.kubeledger.source;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpPipelineBuilder;
import com.azure.core.http.policy.BearerTokenAuthenticationPolicy;
import com.azure.core.http.policy.ExponentialBackoffOptions;
import com.azure.core.http.policy.HttpPipelinePolicy;
import com.azure.core.http.policy.RetryOptions;
import com.azure.core.http.policy.RetryPolicy;
import com.azure.core.util.HttpClientOptions;
import com.azure.monitor.query.LogsQueryClient;
import com.azure.monitor.query.LogsQueryClientBuilder;
import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.BlobServiceClient;
import com.azure.storage.blob.BlobServiceClientBuilder;
import com.azure.storage.common.StorageSharedKeyCredential;

import io.kubeledger.config.AzureProperties;

/**
 * Builds the Azure SDK clients from {@link AzureProperties}: one credential, one retry
 * policy and one HTTP client for all of them (Log Analytics' with a longer response
 * timeout). The retry policy retries 408, 429, 5xx (but 501 and 505) and calls that got
 * no answer, with exponential backoff, waits at least what a {@code Retry-After} header
 * asks, and gives up after {@code max-retries}, so a run's waiting is bounded.
 */
public final class AzureClients {

    private static final String ARM_SCOPE = "https://management.azure.com/.default";

    /** The audience of an Azure Monitor workspace's Prometheus query endpoint. */
    static final String PROMETHEUS_SCOPE = "https://prometheus.monitor.azure.com/.default";

    private final AzureProperties properties;

    private final TokenCredential credential;

    private final HttpClient httpClient;

    private final HttpClient logsHttpClient;

    private final Map<String, BlobServiceClient> blobServices = new ConcurrentHashMap<>();

    public AzureClients(AzureProperties properties) {
        this.properties = properties;
        this.credential = AzureProperties.NO_CREDENTIAL.equals(properties.credential()) ? null : JobCredential.build();
        this.httpClient = httpClient(properties.responseTimeout());
        // A Log Analytics query may take the server's whole timeout; the client must
        // outwait it.
        this.logsHttpClient = httpClient(properties.queryTimeout().plus(properties.responseTimeout()));
    }

    /**
     * Clients with this credential and transport: where a test stands in for Microsoft
     * Entra ID and the service, and checks the token each call carries.
     */
    AzureClients(AzureProperties properties, TokenCredential credential, HttpClient transport) {
        this.properties = properties;
        this.credential = credential;
        this.httpClient = transport;
        this.logsHttpClient = transport;
    }

    AzureProperties properties() {
        return properties;
    }

    BlobContainerClient container(String account, String container) {
        return blobServices.computeIfAbsent(account, this::blobService).getBlobContainerClient(container);
    }

    String blobEndpoint(String account) {
        return properties.blobEndpoint().replace("{account}", account);
    }

    LogsQueryClient logs() {
        LogsQueryClientBuilder builder = new LogsQueryClientBuilder().endpoint(properties.logsEndpoint())
            .httpClient(logsHttpClient)
            .retryOptions(retryOptions());
        if (credential != null) {
            builder.credential(credential);
        }
        return builder.buildClient();
    }

    HttpPipeline arm() {
        return pipeline(httpClient, ARM_SCOPE);
    }

    /**
     * The pipeline of PromQL queries: a query may take the server's whole timeout, like a
     * Log Analytics one.
     */
    HttpPipeline prometheus() {
        return pipeline(logsHttpClient, PROMETHEUS_SCOPE);
    }

    private HttpPipeline pipeline(HttpClient client, String scope) {
        HttpPipelinePolicy retry = new RetryPolicy(retryOptions());
        HttpPipelineBuilder builder = new HttpPipelineBuilder().httpClient(client);
        return credential == null ? builder.policies(retry).build()
                : builder.policies(retry, new BearerTokenAuthenticationPolicy(credential, scope)).build();
    }

    private BlobServiceClient blobService(String account) {
        BlobServiceClientBuilder builder = new BlobServiceClientBuilder().endpoint(blobEndpoint(account))
            .httpClient(httpClient)
            .retryOptions(retryOptions());
        String key = properties.accountKeys().get(account);
        if (key != null) {
            builder.credential(new StorageSharedKeyCredential(account, key));
        }
        else if (credential != null) {
            builder.credential(credential);
        }
        return builder.buildClient();
    }

    /**
     * A client that gives up on a connection not made within the connect timeout and on
     * an answer, or a pause within its body, longer than {@code responseTimeout}, so that
     * an endpoint that accepts and never answers fails the run.
     */
    private HttpClient httpClient(Duration responseTimeout) {
        return HttpClient.createDefault(new HttpClientOptions().setConnectTimeout(properties.connectTimeout())
            .setResponseTimeout(responseTimeout)
            .setReadTimeout(responseTimeout)
            .setWriteTimeout(responseTimeout));
    }

    private RetryOptions retryOptions() {
        return new RetryOptions(new ExponentialBackoffOptions().setMaxRetries(properties.maxRetries())
            .setBaseDelay(properties.retryDelay().isZero() ? Duration.ofMillis(1) : properties.retryDelay())
            .setMaxDelay(properties.maxRetryDelay().isZero() ? Duration.ofMillis(1) : properties.maxRetryDelay()));
    }

}
