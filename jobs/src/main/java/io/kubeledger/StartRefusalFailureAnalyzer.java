package io.kubeledger;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;
import org.springframework.core.Ordered;

import io.kubeledger.config.StartRefusal;

/**
 * Says why a run did not start ({@link StartRefusal}) rather than printing the stack
 * trace of a bean's creation.
 */
class StartRefusalFailureAnalyzer implements FailureAnalyzer, Ordered {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StartRefusal refusal) {
                return new FailureAnalysis(cause.getMessage(), refusal.action(), null);
            }
        }
        return null;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

}
