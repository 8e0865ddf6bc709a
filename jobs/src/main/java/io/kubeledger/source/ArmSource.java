package io.kubeledger.source;

import java.util.Optional;

/**
 * Where Azure Resource Manager facts come from: the local snapshot, or the management
 * API.
 */
public interface ArmSource {

    /**
     * The plan of every table a workspace lists.
     * @throws SourceUnavailableException when the list cannot be read; the message names
     * the workspace
     */
    TablePlans tablePlans(String workspaceResourceId);

    /**
     * The body of an ARM GET of a resource ({@code path}: its resource id, or a child
     * path under it), or empty when ARM answers 404: the resource does not exist.
     * @throws SourceUnavailableException for any other failure; the message names the
     * resource
     */
    Optional<byte[]> resource(String path, String apiVersion);

}
