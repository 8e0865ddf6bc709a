package io.kubeledger.report;

import java.util.Comparator;

/**
 * A namespace of a cluster, or of a team in it ({@code team} null when all teams'), as
 * the comparison with last month keys its costs: by its parts, so that no name's
 * characters can be taken for a separator.
 */
public record NamespaceKey(String team, String cluster, String namespace) implements Comparable<NamespaceKey> {

    private static final Comparator<NamespaceKey> ORDER = Comparator
        .comparing(NamespaceKey::team, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(NamespaceKey::cluster)
        .thenComparing(NamespaceKey::namespace);

    static NamespaceKey of(String cluster, String namespace) {
        return new NamespaceKey(null, cluster, namespace);
    }

    /** The same namespace, all teams'. */
    NamespaceKey allTeams() {
        return of(cluster, namespace);
    }

    /** As the workbook names it: {@code cluster / namespace}, after {@code team · }. */
    String label() {
        return (team == null ? "" : team + " · ") + cluster + " / " + namespace;
    }

    /**
     * As the PDFs name it, a line of no namespace by what it is
     * ({@link ReportNamespaces#display}).
     */
    String displayed() {
        return cluster + " / " + ReportNamespaces.display(namespace);
    }

    @Override
    public int compareTo(NamespaceKey other) {
        return ORDER.compare(this, other);
    }
}
