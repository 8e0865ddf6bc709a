package io.kubeledger.source;

import com.azure.core.credential.TokenCredential;
import com.azure.identity.AzureCliCredentialBuilder;
import com.azure.identity.ChainedTokenCredentialBuilder;
import com.azure.identity.EnvironmentCredentialBuilder;
import com.azure.identity.ManagedIdentityCredentialBuilder;
import com.azure.identity.WorkloadIdentityCredentialBuilder;

/**
 * The identities a batch job is run with, tried in DefaultAzureCredential's order: a
 * service principal in the environment, the pod's workload identity, a managed identity,
 * {@code az login} on a laptop. DefaultAzureCredential also probes IntelliJ's, VS Code's
 * and PowerShell's caches, which no pod has, through JNA, which the jar does not ship.
 */
final class JobCredential {

    private JobCredential() {
    }

    static TokenCredential build() {
        return new ChainedTokenCredentialBuilder().addLast(new EnvironmentCredentialBuilder().build())
            .addLast(new WorkloadIdentityCredentialBuilder().build())
            .addLast(new ManagedIdentityCredentialBuilder().clientId(System.getenv("AZURE_CLIENT_ID")).build())
            .addLast(new AzureCliCredentialBuilder().build())
            .build();
    }

}
