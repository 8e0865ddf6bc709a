package io.kubeledger.compliance;

/**
 * A container's time-based immutability (WORM) policy: blobs cannot be changed or deleted
 * for that many days.
 */
public record ImmutabilityPolicy(int periodDays, String state) {

    /** A locked policy can only be extended, never shortened or removed. */
    public boolean locked() {
        return "Locked".equalsIgnoreCase(state);
    }
}
