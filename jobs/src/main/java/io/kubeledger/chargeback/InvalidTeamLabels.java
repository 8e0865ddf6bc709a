package io.kubeledger.chargeback;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import io.kubeledger.ingest.Shown;

/**
 * The team label values of a cluster's month that named nobody, with the cost of their
 * rows, for the reports. Each is kept as shown (escaped, cut); past {@value #VALUES_KEPT}
 * distinct values, the rest are summed as one.
 */
final class InvalidTeamLabels {

    static final int VALUES_KEPT = 100;
    static final String OTHERS = "(other values)";

    private final Map<String, BigDecimal> costByValue = new TreeMap<>();

    void add(String value, BigDecimal cost) {
        String shown = Shown.prefix(value);
        String key = costByValue.containsKey(shown) || costByValue.size() < VALUES_KEPT ? shown : OTHERS;
        costByValue.merge(key, cost, BigDecimal::add);
    }

    /** Each value as shown, with its cost, by value. */
    TreeMap<String, BigDecimal> costByValue() {
        return new TreeMap<>(costByValue);
    }

}
