package io.kubeledger.compliance;

/** A finding's outcome; the lake's {@code status} column holds {@link #value()}. */
public enum Status {

    PASS("pass"), WARN("warn"), FAIL("fail"), NOT_APPLICABLE("not-applicable");

    private final String value;

    Status(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

}
