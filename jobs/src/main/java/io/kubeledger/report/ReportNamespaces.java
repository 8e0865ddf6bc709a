package io.kubeledger.report;

import java.util.Set;

/**
 * The namespaces the reports list a line on: a line's own, or for what no namespace
 * causes a line of its cluster named after its cost kind, {@code (monitoring)},
 * {@code (idle)} or {@code (correction)}, as the view of the month's lines
 * ({@code sql/report/lake-month.sql}, its {@code report_namespace}) names them. The PDFs
 * name them by what they are.
 */
final class ReportNamespaces {

    static final String MONITORING = "(monitoring)";
    static final String IDLE = "(idle)";
    static final String CORRECTION = "(correction)";

    /**
     * The lines only a bill gives, which a comparison on OpenCost's allocation leaves
     * out.
     */
    private static final Set<String> NOT_ALLOCATION = Set.of(IDLE, CORRECTION);

    private ReportNamespaces() {
    }

    static boolean allocation(String namespace) {
        return !NOT_ALLOCATION.contains(namespace);
    }

    /**
     * A namespace as the PDFs name it: a cluster's lines that are no namespace's by what
     * they are, so that a cluster's monitoring line does not read like the kind
     * "monitoring".
     */
    static String display(String namespace) {
        return switch (namespace) {
            case "" -> "(no namespace)";
            case MONITORING -> "cluster-wide: monitoring";
            case IDLE -> "cluster-wide: idle capacity";
            case CORRECTION -> "cluster-wide: corrections";
            default -> namespace;
        };
    }

}
