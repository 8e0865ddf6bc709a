package io.kubeledger;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says "already running" in two lines rather than as the stack trace of a bean that could not be made. */
class RunLockedFailureAnalyzer extends AbstractFailureAnalyzer<RunLockedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, RunLockedException cause) {
        return new FailureAnalysis(cause.getMessage(), "Wait for that run to end, or stop it, then start this one "
                + "again. The exit code is " + RunLockedException.EXIT_CODE + ".", cause);
    }
}
