package io.kubeledger.ingest;

/** The bill cannot be read whole: a bill is never half read, so the run fails naming the export run and the file. */
public class BillUnreadableException extends RuntimeException {

    BillUnreadableException(String message, Throwable cause) {
        super(message, cause);
    }
}
