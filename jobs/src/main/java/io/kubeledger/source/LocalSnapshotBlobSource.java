package io.kubeledger.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads blobs from a local snapshot, where a blob lives at {@code blob/<account>/<container>/<path>}. */
public class LocalSnapshotBlobSource implements BlobSource {

    private final Path blobRoot;

    public LocalSnapshotBlobSource(Path snapshotRoot) {
        this.blobRoot = snapshotRoot.resolve("blob");
    }

    @Override
    public InputStream open(BlobLocation location) {
        Path file = blobRoot.resolve(location.account()).resolve(location.container()).resolve(location.path());
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new SourceUnavailableException(
                    location + " cannot be read from the local snapshot (" + file + "): " + e, e);
        }
    }
}
