package io.kubeledger.ingest;

import org.springframework.boot.ExitCodeGenerator;

import java.math.BigDecimal;

/**
 * More rows were quarantined than {@code kubeledger.max-skip-ratio} allows; the run fails
 * rather than under-charge.
 */
public class TooManyBadRowsException extends RuntimeException implements ExitCodeGenerator {

    TooManyBadRowsException(String cluster, long bad, long total, BigDecimal maxSkipRatio) {
        super(bad + " of " + total + " OpenCost rows of cluster '" + cluster
                + "' in the run's window are bad (see the quarantine folder), more than " + "kubeledger.max-skip-ratio="
                + maxSkipRatio.toPlainString() + " allows");
    }

    /**
     * EX_DATAERR of sysexits.h: the input is bad; running again on it changes nothing.
     */
    @Override
    public int getExitCode() {
        return 65;
    }

}
