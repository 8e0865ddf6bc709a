package io.kubeledger.report;

import org.springframework.boot.ExitCodeGenerator;

/**
 * The lake does not hold the whole of the run a report would be built from; the message
 * names what is missing.
 */
public class IncompleteLakeException extends IllegalStateException implements ExitCodeGenerator {

    public IncompleteLakeException(String message) {
        super(message);
    }

    /**
     * EX_UNAVAILABLE of sysexits.h: a shard's part is not in the lake yet; a later run
     * may find it.
     */
    @Override
    public int getExitCode() {
        return 69;
    }

}
