package io.kubeledger.source;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;

import io.kubeledger.config.BlobLocation;

/**
 * Reads blobs from a local snapshot, where a blob lives at
 * {@code blob/<account>/<container>/<path>}.
 */
public class LocalSnapshotBlobSource implements BlobSource {

    private final Path blobRoot;

    public LocalSnapshotBlobSource(Path snapshotRoot) {
        this.blobRoot = snapshotRoot.resolve("blob");
    }

    @Override
    public InputStream open(BlobLocation location) {
        Path file = blobRoot.resolve(location.account())
            .resolve(location.container())
            .resolve(location.path())
            .normalize();
        if (!file.startsWith(blobRoot.normalize())) {
            throw new SourceUnavailableException(location + " would be read outside the local snapshot", null);
        }
        try {
            return SnapshotFiles.open(blobRoot, file);
        }
        catch (NoSuchFileException e) {
            throw new BlobMissingException(location + " is not in the local snapshot (" + file + ")", e);
        }
        catch (IOException e) {
            throw new SourceUnavailableException(
                    location + " cannot be read from the local snapshot (" + file + "): " + e, e);
        }
    }

    /**
     * Walks only the folder the prefix names; a container that is not there has no blobs.
     */
    @Override
    public void list(String account, String container, String prefix, Consumer<String> names) {
        Path containerRoot = blobRoot.resolve(account).resolve(container);
        Path start = containerRoot.resolve(prefix.substring(0, prefix.lastIndexOf('/') + 1)).normalize();
        if (!start.startsWith(containerRoot) || !Files.isDirectory(start)) {
            return;
        }
        try (Stream<Path> files = Files.walk(start)) {
            files.filter(file -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
                .map(file -> containerRoot.relativize(file).toString().replace(File.separatorChar, '/'))
                .filter(name -> name.startsWith(prefix))
                .sorted()
                .forEach(names);
        }
        catch (IOException | UncheckedIOException e) {
            throw new SourceUnavailableException("blob container " + account + "/" + container
                    + " cannot be listed in the local snapshot (" + containerRoot + "): " + e.getMessage(), e);
        }
    }

}
