package io.kubeledger.source;

import java.io.InputStream;

import java.util.function.Consumer;

import com.azure.core.exception.AzureException;
import com.azure.storage.blob.models.BlobStorageException;
import com.azure.storage.blob.models.ListBlobsOptions;

import io.kubeledger.config.BlobLocation;

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
        } catch (RuntimeException e) {
            // The SDK fetches the first chunk at once; a network failure past its retries arrives unwrapped.
            throw new SourceUnavailableException(location + " (at " + azure.blobEndpoint(location.account())
                    + ") cannot be read: " + e.getMessage(), e);
        }
    }

    @Override
    public void list(String account, String container, String prefix, Consumer<String> names) {
        try {
            azure.container(account, container).listBlobs(new ListBlobsOptions().setPrefix(prefix), null)
                    .forEach(blob -> names.accept(blob.getName()));
        } catch (AzureException e) {
            if (e instanceof BlobStorageException missing && missing.getStatusCode() == 404) {
                return; // no container: no blobs
            }
            throw new SourceUnavailableException("blob container " + account + "/" + container + " (at "
                    + azure.blobEndpoint(account) + ") cannot be listed: " + AzureFailures.describe(e,
                            "Storage Blob Data Reader on the container " + account + "/" + container), e);
        }
    }
}
