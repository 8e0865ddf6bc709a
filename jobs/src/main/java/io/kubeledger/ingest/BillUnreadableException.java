package io.kubeledger.ingest;

import org.springframework.boot.ExitCodeGenerator;

/**
 * The bill cannot be read whole: a bill is never half read, so the run fails naming the
 * export run and the file.
 */
public class BillUnreadableException extends RuntimeException implements ExitCodeGenerator {

    BillUnreadableException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * EX_DATAERR of sysexits.h: the input is bad; running again on it changes nothing.
     */
    @Override
    public int getExitCode() {
        return 65;
    }

}
