package io.kubeledger.source;

/**
 * The Prometheus server refused a query for the size of its answer or of the data it
 * would read (Prometheus: "query processing would load too many samples"; a service's
 * limits): asked in smaller parts, the same question may be answered.
 */
public class PromAnswerTooLargeException extends SourceUnavailableException {

    public PromAnswerTooLargeException(String message) {
        super(message, null);
    }

}
