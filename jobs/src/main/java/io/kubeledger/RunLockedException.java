package io.kubeledger;

import org.springframework.boot.ExitCodeGenerator;

import io.kubeledger.config.StartRefusal;

/**
 * Another run holds the job database: this one stops having changed nothing, with its own
 * exit code so that an operator (or a pod failure policy) tells "already running" from
 * "failed".
 */
public final class RunLockedException extends IllegalStateException implements ExitCodeGenerator, StartRefusal {

    /** EX_TEMPFAIL of sysexits.h: nothing is wrong, try again later. */
    public static final int EXIT_CODE = 75;

    RunLockedException(String where, String holder) {
        super("Another kubeledger run holds " + where + ": " + holder + ". This run changed nothing; start it again "
                + "once that run has ended");
    }

    @Override
    public String action() {
        return "Wait for that run to end, or stop it, then start this one again. The exit code is " + EXIT_CODE + ".";
    }

    @Override
    public int getExitCode() {
        return EXIT_CODE;
    }

}
