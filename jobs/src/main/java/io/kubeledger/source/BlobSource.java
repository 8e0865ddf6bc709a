package io.kubeledger.source;

import java.io.InputStream;

/** Where blobs are read from: the local snapshot, or Azure Blob Storage. */
public interface BlobSource {

    /**
     * Opens a blob for streaming.
     *
     * @throws SourceUnavailableException when the blob is missing or cannot be read; the message names it
     */
    InputStream open(BlobLocation location);
}
