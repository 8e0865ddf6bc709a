package io.kubeledger.rightsizing;

/** What a container's requests should do; the lake's {@code action} column holds {@link #value()}. */
public enum RequestAction {
    DOWNSIZE("downsize"), UPSIZE("upsize"), KEEP("keep"), ABANDONED("abandoned");

    private final String value;

    RequestAction(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}
