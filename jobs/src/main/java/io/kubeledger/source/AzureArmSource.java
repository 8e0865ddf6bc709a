package io.kubeledger.source;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpPipeline;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.Context;

/**
 * Reads Azure Resource Manager resources with plain GETs through the SDK's pipeline
 * (bearer token, retries). api-versions: workspace tables {@value #TABLES_API_VERSION};
 * other resources name theirs. A list answered in pages is followed to its end; a
 * resource answered 404 does not exist.
 */
public class AzureArmSource implements ArmSource {

    static final String TABLES_API_VERSION = "2022-10-01";

    private static final String READER_ROLE = "Reader on the resource";

    private final HttpPipeline pipeline;

    private final String endpoint;

    public AzureArmSource(AzureClients azure) {
        this.pipeline = azure.arm();
        this.endpoint = azure.properties().armEndpoint().replaceFirst("/$", "");
    }

    @Override
    public TablePlans tablePlans(String workspaceResourceId) {
        Map<String, String> plans = new LinkedHashMap<>();
        String url = endpoint + workspaceResourceId + "/tables?api-version=" + TABLES_API_VERSION;
        while (url != null) {
            ArmTablesParser.Page page;
            try {
                page = ArmTablesParser.parsePage(get(url, workspaceResourceId));
            }
            catch (IllegalArgumentException e) {
                throw new SourceUnavailableException("the tables list of workspace " + workspaceResourceId + " at "
                        + url + " cannot be read: " + e.getMessage(), e);
            }
            plans.putAll(page.plans().planByTable());
            url = page.nextLink();
        }
        return new TablePlans(plans);
    }

    @Override
    public Optional<byte[]> resource(String path, String apiVersion) {
        String url = endpoint + path + "?api-version=" + apiVersion;
        try (HttpResponse response = pipeline.sendSync(new HttpRequest(HttpMethod.GET, url), Context.NONE)) {
            byte[] body = response.getBodyAsBinaryData().toBytes();
            if (response.getStatusCode() == 404) {
                return Optional.empty();
            }
            if (response.getStatusCode() != 200) {
                throw new SourceUnavailableException(
                        "ARM resource " + path + " cannot be read at " + url + ": " + AzureFailures
                            .describe(response.getStatusCode(), new String(body, StandardCharsets.UTF_8), READER_ROLE),
                        null);
            }
            return Optional.of(body);
        }
        catch (RuntimeException e) {
            throw AzureFailures.unavailable(e, "ARM resource " + path + " cannot be read at " + url, READER_ROLE);
        }
    }

    private ByteArrayInputStream get(String url, String resourceId) {
        try (HttpResponse response = pipeline.sendSync(new HttpRequest(HttpMethod.GET, url), Context.NONE)) {
            byte[] body = response.getBodyAsBinaryData().toBytes();
            if (response.getStatusCode() != 200) {
                throw new SourceUnavailableException(
                        "ARM resource " + resourceId + " cannot be read at " + url + ": " + AzureFailures
                            .describe(response.getStatusCode(), new String(body, StandardCharsets.UTF_8), READER_ROLE),
                        null);
            }
            return new ByteArrayInputStream(body);
        }
        catch (RuntimeException e) {
            throw AzureFailures.unavailable(e, "ARM resource " + resourceId + " cannot be read at " + url, READER_ROLE);
        }
    }

}
