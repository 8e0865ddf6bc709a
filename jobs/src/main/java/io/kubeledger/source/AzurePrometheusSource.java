package io.kubeledger.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import java.util.function.Consumer;

import com.azure.core.http.HttpHeaderName;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.Context;

import io.kubeledger.config.KubeledgerProperties.MonitorWorkspace;

/**
 * Asks a monitor workspace's Prometheus query endpoint ({@code POST /api/v1/query}, the
 * query in a form body: a long PromQL does not fit every URL) through the SDK's pipeline:
 * a bearer token for the Prometheus audience unless {@code azure.credential} is
 * {@code none}, the retries of the other sources. The answer is read as it streams in.
 */
public class AzurePrometheusSource implements PrometheusSource {

    private static final String READER_ROLE = "Monitoring Data Reader on the Azure Monitor workspace";

    /** Prometheus' status for a query it could not execute, its limits' among them. */
    private static final int UNPROCESSABLE = 422;

    /** How a server says a query would read or answer too much. */
    private static final Pattern TOO_LARGE = Pattern.compile("(?i)too many|exceed");

    /** The characters of an error body a message repeats. */
    private static final int MAX_DETAIL = 300;

    private final HttpPipeline pipeline;

    public AzurePrometheusSource(AzureClients azure) {
        this.pipeline = azure.prometheus();
    }

    @Override
    public void query(MonitorWorkspace workspace, PromQuery query, Consumer<PromSeries> series) {
        String url = workspace.queryEndpoint().replaceFirst("/$", "") + "/api/v1/query";
        String what = "the PromQL query " + query.name() + " of monitor workspace " + workspace.name() + " at " + url;
        HttpRequest request = new HttpRequest(HttpMethod.POST, url)
            .setHeader(HttpHeaderName.CONTENT_TYPE, "application/x-www-form-urlencoded")
            .setBody(form(query));
        try (HttpResponse response = pipeline.sendSync(request, Context.NONE)) {
            if (response.getStatusCode() != 200) {
                String error = errorOf(response.getBodyAsBinaryData().toString());
                String failed = what + " failed: "
                        + AzureFailures.describe(response.getStatusCode(), error, READER_ROLE);
                throw response.getStatusCode() == UNPROCESSABLE && TOO_LARGE.matcher(error).find()
                        ? new PromAnswerTooLargeException(failed) : new SourceUnavailableException(failed, null);
            }
            try (InputStream body = response.getBodyAsBinaryData().toStream()) {
                PrometheusAnswerParser.parse(body, series);
            }
        }
        catch (IOException | IllegalArgumentException e) {
            throw new SourceUnavailableException(what + " cannot be read: " + e.getMessage(), e);
        }
        catch (RuntimeException e) {
            throw AzureFailures.unavailable(e, what + " failed", READER_ROLE);
        }
    }

    private static String form(PromQuery query) {
        return "query=" + URLEncoder.encode(query.promql(), StandardCharsets.UTF_8) + "&time="
                + query.time().getEpochSecond();
    }

    /**
     * The server's own words on a refused query: a Prometheus error
     * ({@code errorType: error}), or the first line of another body (an Azure error's
     * JSON, a proxy's page), cut short.
     */
    private static String errorOf(String body) {
        try {
            PrometheusAnswerParser.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), series -> {
            });
        }
        catch (IllegalArgumentException e) {
            if (e.getMessage().startsWith(PrometheusAnswerParser.QUERY_FAILED)) {
                return e.getMessage();
            }
        }
        catch (IOException notJson) {
            // said by the body itself
        }
        String line = body.lines().findFirst().orElse("");
        return line.length() > MAX_DETAIL ? line.substring(0, MAX_DETAIL) + "…" : line;
    }

}
