package io.kubeledger.source;

/** The blob does not exist: the source answered, and there is nothing at that name. */
public class BlobMissingException extends SourceUnavailableException {

    public BlobMissingException(String message, Throwable cause) {
        super(message, cause);
    }

}
