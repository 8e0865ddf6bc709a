package io.kubeledger.rightsizing;

/**
 * What a container's requests should do; the lake's {@code action} column holds
 * {@link #value()}. A {@code resize} lowers one resource and raises the other, which may
 * save money or cost it.
 */
public enum RequestAction {

    DOWNSIZE("downsize"), UPSIZE("upsize"), RESIZE("resize"), KEEP("keep"), ABANDONED("abandoned");

    private final String value;

    RequestAction(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }

}
