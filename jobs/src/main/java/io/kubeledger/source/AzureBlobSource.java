package io.kubeledger.source;

import java.io.InputStream;

import com.azure.core.exception.AzureException;

/** Reads blobs from Azure Blob Storage as streams: the SDK downloads them in chunks, never a whole blob at once. */
public class AzureBlobSource implements BlobSource {

    private final AzureClients azure;

    public AzureBlobSource(AzureClients azure) {
        this.azure = azure;
    }

    @Override
    public InputStream open(BlobLocation location) {
        try {
            return azure.container(location.account(), location.container()).getBlobClient(location.path())
                    .openInputStream();
        } catch (AzureException e) {
            throw new SourceUnavailableException(location + " (at " + azure.blobEndpoint(location.account())
                    + ") cannot be read: " + AzureFailures.describe(e, "Storage Blob Data Reader on the container "
                            + location.account() + "/" + location.container()), e);
        }
    }
}
