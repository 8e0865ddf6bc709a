package io.kubeledger.compliance;

import java.util.Locale;

/**
 * How much a check's failure matters; the lake's {@code severity} column holds
 * {@link #value()}.
 */
public enum Severity {

    LOW, MEDIUM, HIGH;

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

}
