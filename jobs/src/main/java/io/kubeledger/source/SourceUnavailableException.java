package io.kubeledger.source;

/** An input the run needs is missing or unreadable; the run fails with a message that names it. */
public class SourceUnavailableException extends RuntimeException {

    public SourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
