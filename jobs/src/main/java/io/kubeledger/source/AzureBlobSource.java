package io.kubeledger.source;

import java.io.InputStream;
import java.util.function.Consumer;

import com.azure.storage.blob.models.BlobStorageException;
import com.azure.storage.blob.models.ListBlobsOptions;

import io.kubeledger.config.BlobLocation;

/**
 * Reads blobs from Azure Blob Storage as streams: the SDK downloads them in chunks, never
 * a whole blob at once.
 */
public class AzureBlobSource implements BlobSource {

    private final AzureClients azure;

    public AzureBlobSource(AzureClients azure) {
        this.azure = azure;
    }

    @Override
    public InputStream open(BlobLocation location) {
        try {
            return azure.container(location.account(), location.container())
                .getBlobClient(location.path())
                .openInputStream();
        }
        catch (RuntimeException e) {
            if (e instanceof BlobStorageException missing && missing.getStatusCode() == 404) {
                throw new BlobMissingException(location + " (at " + azure.blobEndpoint(location.account())
                        + ") does not exist: " + AzureFailures.describe(e, ""), e);
            }
            throw AzureFailures.unavailable(e,
                    location + " (at " + azure.blobEndpoint(location.account()) + ") cannot be read",
                    "Storage Blob Data Reader on the container " + location.account() + "/" + location.container());
        }
    }

    @Override
    public void list(String account, String container, String prefix, Consumer<String> names) {
        try {
            azure.container(account, container)
                .listBlobs(new ListBlobsOptions().setPrefix(prefix), null)
                .forEach(blob -> names.accept(blob.getName()));
        }
        catch (RuntimeException e) {
            if (e instanceof BlobStorageException missing && missing.getStatusCode() == 404) {
                return; // no container: no blobs
            }
            throw AzureFailures.unavailable(e,
                    "blob container " + account + "/" + container + " (at " + azure.blobEndpoint(account)
                            + ") cannot be listed",
                    "Storage Blob Data Reader on the container " + account + "/" + container);
        }
    }

}
