package io.kubeledger.config;

/**
 * {@code kubeledger.phase}: what a run does. {@code compute} reads the sources and writes
 * the lake; {@code reports} builds the month's reports and letters from the lake alone;
 * {@code all}, the default, does one then the other.
 */
public enum Phase {

    ALL, COMPUTE, REPORTS;

    public boolean computes() {
        return this != REPORTS;
    }

    public boolean reports() {
        return this != COMPUTE;
    }

}
