package io.kubeledger.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Opens a file of the local snapshot only where it really is inside the snapshot's
 * folder: a symbolic link that leads out of it is never followed, so a snapshot cannot
 * make the job read (and a message repeat) a file elsewhere.
 */
final class SnapshotFiles {

    private SnapshotFiles() {
    }

    /**
     * Throws {@link java.nio.file.NoSuchFileException} when the file is missing, as
     * {@link Files} does.
     */
    static InputStream open(Path folder, Path file) throws IOException {
        Path real = file.toRealPath();
        if (!real.startsWith(folder.toRealPath())) {
            throw new IOException(file + " is a link out of the local snapshot's " + folder.getFileName()
                    + " folder, which is never followed");
        }
        return Files.newInputStream(real);
    }

}
