package io.kubeledger.source;

/** Where Azure Resource Manager facts come from: the local snapshot, or the management API. */
public interface ArmSource {

    /**
     * The plan of every table a workspace lists.
     *
     * @throws SourceUnavailableException when the list cannot be read; the message names the workspace
     */
    TablePlans tablePlans(String workspaceResourceId);
}
