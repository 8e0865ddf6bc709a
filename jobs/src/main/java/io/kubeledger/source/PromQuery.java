package io.kubeledger.source;

import java.time.Instant;

/**
 * An instant PromQL query: {@code name} says what it asks (e.g.
 * {@code aks-eu/2026-10-30/cpu}), and is the answer's file in the local snapshot;
 * {@code promql} is evaluated at {@code time}.
 */
public record PromQuery(String name, String promql, Instant time) {

    /** A label value in a PromQL string: its backslashes and quotes escaped. */
    public static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
