package io.kubeledger.source;

import org.springframework.boot.ExitCodeGenerator;

/**
 * An input the run needs is missing or unreadable; the run fails with a message that
 * names it.
 */
public class SourceUnavailableException extends RuntimeException implements ExitCodeGenerator {

    public SourceUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * EX_UNAVAILABLE of sysexits.h: a source is unavailable now; a later run may find it.
     */
    @Override
    public int getExitCode() {
        return 69;
    }

}
