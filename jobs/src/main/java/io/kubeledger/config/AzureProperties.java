package io.kubeledger.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the job reaches Azure, bound from {@code kubeledger.azure.*} (a contract,
 * documented in docs/configuration.md). Blob locations in the configuration are always
 * written {@code https://<account>.blob.core.windows.net/…}; the {@code blobEndpoint}
 * template says where that account really is (a sovereign cloud, a private endpoint,
 * Azurite).
 */
public record AzureProperties(@DefaultValue("default") String credential, Map<String, String> accountKeys,
        @DefaultValue("https://{account}.blob.core.windows.net") String blobEndpoint,
        @DefaultValue("https://api.loganalytics.io/v1") String logsEndpoint,
        @DefaultValue("https://management.azure.com") String armEndpoint, @DefaultValue("5") int maxRetries,
        @DefaultValue("1s") Duration retryDelay, @DefaultValue("60s") Duration maxRetryDelay,
        @DefaultValue("10m") Duration queryTimeout, @DefaultValue("10s") Duration connectTimeout,
        @DefaultValue("60s") Duration responseTimeout) {

    /**
     * {@code DefaultAzureCredential}: workload identity in AKS, {@code az login} on a
     * laptop.
     */
    public static final String DEFAULT_CREDENTIAL = "default";

    /** No bearer token: for emulators and local stubs. */
    public static final String NO_CREDENTIAL = "none";

    public AzureProperties {
        accountKeys = accountKeys == null ? Map.of() : Map.copyOf(accountKeys);
    }

    /** What is wrong with these settings, each problem naming its key. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!DEFAULT_CREDENTIAL.equals(credential) && !NO_CREDENTIAL.equals(credential)) {
            problems.add("kubeledger.azure.credential: must be 'default' or 'none', was '" + credential + "'");
        }
        if (blobEndpoint == null || !blobEndpoint.contains("{account}")) {
            problems.add("kubeledger.azure.blob-endpoint: must contain {account}, was '" + blobEndpoint + "'");
        }
        requireHttp("logs-endpoint", logsEndpoint, problems);
        requireHttp("arm-endpoint", armEndpoint, problems);
        if (maxRetries < 0) {
            problems.add("kubeledger.azure.max-retries: must not be negative, was " + maxRetries);
        }
        if (retryDelay.isNegative() || maxRetryDelay.compareTo(retryDelay) < 0) {
            problems.add("kubeledger.azure.retry-delay / max-retry-delay: need 0 <= retry-delay <= max-retry-delay");
        }
        requirePositive("connect-timeout", connectTimeout, problems);
        requirePositive("response-timeout", responseTimeout, problems);
        accountKeys.forEach((account, key) -> {
            if (key == null || key.isBlank()) {
                problems.add("kubeledger.azure.account-keys." + account + ": empty");
            }
        });
        return problems;
    }

    private static void requirePositive(String key, Duration timeout, List<String> problems) {
        if (timeout.isNegative() || timeout.isZero()) {
            problems.add("kubeledger.azure." + key + ": must be positive, was " + timeout);
        }
    }

    private static void requireHttp(String key, String url, List<String> problems) {
        if (url == null || !url.matches("https?://.+")) {
            problems.add("kubeledger.azure." + key + ": must be an http(s) URL, was '"
                    + (url == null ? null : BlobLocation.withoutQuery(url)) + "'");
        }
    }
}
