package io.kubeledger.source;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import io.kubeledger.config.BlobFolder;

/** Where finished outputs are published, folders of blobs, and read back from. */
public interface BlobPublisher {

    /**
     * Makes the folder hold exactly these files, named by their path under
     * {@code localFolder}: each is uploaded over its blob, then every other blob in the
     * folder (subfolders included) is deleted, so a rerun leaves neither a stale file nor
     * a duplicate.
     * @throws SourceUnavailableException when the folder cannot be written; the message
     * names it
     */
    void replaceFolder(BlobFolder folder, Path localFolder, List<Path> files);

    /**
     * Uploads the file over the blob {@code name} of the folder, leaving the folder's
     * other blobs as they are (the other shards' parts of a lake partition).
     * @throws SourceUnavailableException when the blob cannot be written; the message
     * names it
     */
    void replaceFile(BlobFolder folder, String name, Path file);

    /**
     * Deletes the folder's blobs (not those of its subfolders) whose names under it
     * match.
     * @throws SourceUnavailableException when the folder cannot be written; the message
     * names it
     */
    void delete(BlobFolder folder, Predicate<String> names);

    /**
     * Downloads every blob of the folder whose name under it starts with {@code prefix}
     * to the same path under {@code localFolder}, over any file there: a run reads back
     * what earlier runs (other pods) published.
     * @throws SourceUnavailableException when the folder cannot be read; the message
     * names it
     */
    void download(BlobFolder folder, String prefix, Path localFolder);

}
