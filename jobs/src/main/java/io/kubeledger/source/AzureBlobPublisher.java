package io.kubeledger.source;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.azure.storage.blob.BlobContainerClient;
import com.azure.storage.blob.models.BlobItem;
import com.azure.storage.blob.models.ListBlobsOptions;

import io.kubeledger.config.BlobFolder;

/**
 * Publishes outputs to Azure Blob Storage (the finance data lake, the reports' folder).
 */
public class AzureBlobPublisher implements BlobPublisher {

    private final AzureClients azure;

    public AzureBlobPublisher(AzureClients azure) {
        this.azure = azure;
    }

    @Override
    public void replaceFolder(BlobFolder folder, Path localFolder, List<Path> files) {
        BlobContainerClient container = azure.container(folder.account(), folder.container());
        String prefix = folder.prefix().isEmpty() ? "" : folder.prefix() + "/";
        String blob = prefix;
        try {
            for (Path file : files) {
                blob = prefix + name(localFolder, file);
                container.getBlobClient(blob).uploadFromFile(file.toString(), true);
            }
            Set<String> kept = files.stream().map(file -> prefix + name(localFolder, file)).collect(Collectors.toSet());
            for (BlobItem stale : container.listBlobs(new ListBlobsOptions().setPrefix(prefix), null)) {
                if (!kept.contains(stale.getName())) {
                    blob = stale.getName();
                    container.getBlobClient(blob).delete();
                }
            }
        }
        catch (RuntimeException e) {
            throw notWritten(folder, blob, e);
        }
    }

    @Override
    public void replaceFile(BlobFolder folder, String name, Path file) {
        String blob = folder.prefix().isEmpty() ? name : folder.prefix() + "/" + name;
        try {
            azure.container(folder.account(), folder.container())
                .getBlobClient(blob)
                .uploadFromFile(file.toString(), true);
        }
        catch (RuntimeException e) {
            throw notWritten(folder, blob, e);
        }
    }

    @Override
    public void delete(BlobFolder folder, Predicate<String> names) {
        BlobContainerClient container = azure.container(folder.account(), folder.container());
        String prefix = folder.prefix().isEmpty() ? "" : folder.prefix() + "/";
        String blob = prefix;
        try {
            for (BlobItem item : container.listBlobs(new ListBlobsOptions().setPrefix(prefix), null)) {
                String name = item.getName().substring(prefix.length());
                if (!name.contains("/") && names.test(name)) {
                    blob = item.getName();
                    container.getBlobClient(blob).deleteIfExists();
                }
            }
        }
        catch (RuntimeException e) {
            throw notWritten(folder, blob, e);
        }
    }

    @Override
    public void download(BlobFolder folder, String prefix, Path localFolder) {
        BlobContainerClient container = azure.container(folder.account(), folder.container());
        String root = folder.prefix().isEmpty() ? "" : folder.prefix() + "/";
        String blob = root + prefix;
        try {
            for (BlobItem item : container.listBlobs(new ListBlobsOptions().setPrefix(root + prefix), null)) {
                blob = item.getName();
                Path file = localFolder.resolve(blob.substring(root.length()));
                Files.createDirectories(file.getParent());
                container.getBlobClient(blob).downloadToFile(file.toString(), true);
            }
        }
        catch (RuntimeException e) {
            throw AzureFailures.unavailable(e,
                    "blob " + blob + " of account " + folder.account() + ", container " + folder.container() + " (at "
                            + azure.blobEndpoint(folder.account()) + ") cannot be read",
                    "Storage Blob Data Reader on the container " + folder.account() + "/" + folder.container());
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot download blob " + blob + " to " + localFolder, e);
        }
    }

    private RuntimeException notWritten(BlobFolder folder, String blob, RuntimeException e) {
        return AzureFailures.unavailable(e,
                "blob " + blob + " of account " + folder.account() + ", container " + folder.container() + " (at "
                        + azure.blobEndpoint(folder.account()) + ") cannot be written, so " + folder
                        + " is not published",
                "Storage Blob Data Contributor on the container " + folder.account() + "/" + folder.container());
    }

    private static String name(Path localFolder, Path file) {
        return localFolder.relativize(file).toString().replace(File.separatorChar, '/');
    }

}
