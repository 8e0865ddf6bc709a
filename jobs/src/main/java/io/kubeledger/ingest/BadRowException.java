package io.kubeledger.ingest;

/**
 * A row that cannot be read as the format says; the message is the reason recorded in the
 * quarantine.
 */
class BadRowException extends Exception {

    BadRowException(String reason) {
        super(reason);
    }

}
