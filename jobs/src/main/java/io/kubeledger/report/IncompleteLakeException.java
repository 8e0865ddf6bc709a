package io.kubeledger.report;

/** The lake does not hold the whole of the run a report would be built from; the message names what is missing. */
public class IncompleteLakeException extends IllegalStateException {

    public IncompleteLakeException(String message) {
        super(message);
    }
}
