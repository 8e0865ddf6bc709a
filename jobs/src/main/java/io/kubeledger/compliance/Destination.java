package io.kubeledger.compliance;

/** Where a diagnostic setting sends what it collects. */
public enum Destination {

    LOG_ANALYTICS("log-analytics", "Log Analytics"), STORAGE("storage", "Azure Storage"),
    EVENT_HUB("event-hub", "Event Hubs");

    private final String value;

    private final String label;

    Destination(String value, String label) {
        this.value = value;
        this.label = label;
    }

    public String value() {
        return value;
    }

    public String label() {
        return label;
    }

    static Destination of(String value) {
        for (Destination destination : values()) {
            if (destination.value.equals(value)) {
                return destination;
            }
        }
        throw new IllegalArgumentException("unknown destination '" + value + "' (log-analytics, storage, event-hub)");
    }

}
