package io.kubeledger.config;

/**
 * A reason not to start a run that its operator can act on (configuration, arguments,
 * another run): reported in a few lines naming what to change, never as the stack trace
 * of whatever first noticed it.
 */
public interface StartRefusal {

    /** What the operator should do about it. */
    String action();

}
