package io.kubeledger.source;

import java.io.InputStream;
import java.util.function.Consumer;

import io.kubeledger.config.BlobLocation;

/** Where blobs are read from: the local snapshot, or Azure Blob Storage. */
public interface BlobSource {

    /**
     * Opens a blob for streaming.
     * @throws SourceUnavailableException when the blob is missing or cannot be read; the
     * message names it
     */
    InputStream open(BlobLocation location);

    /**
     * Gives the name of every blob of a container that starts with {@code prefix},
     * without reading any blob.
     * @throws SourceUnavailableException when the container cannot be listed; the message
     * names it
     */
    void list(String account, String container, String prefix, Consumer<String> names);

}
