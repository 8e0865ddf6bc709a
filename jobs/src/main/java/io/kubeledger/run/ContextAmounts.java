package io.kubeledger.run;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Amounts by name (a cluster's bill, a label's cost) as the run's execution contexts keep them: plain decimal text,
 * exact and readable in the job database. Written and read here only, so a step and the steps after it agree.
 */
public final class ContextAmounts {

    private ContextAmounts() {
    }

    /** The amounts as a context entry keeps them, in the map's order. */
    public static LinkedHashMap<String, String> of(Map<String, BigDecimal> amounts) {
        LinkedHashMap<String, String> plain = new LinkedHashMap<>();
        amounts.forEach((name, amount) -> plain.put(name, amount.toPlainString()));
        return plain;
    }

    /** The amounts of a context entry, in its order; none when the entry is absent. */
    public static Map<String, BigDecimal> from(Object entry) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        if (entry instanceof Map<?, ?> plain) {
            plain.forEach((name, amount) -> amounts.put(String.valueOf(name), new BigDecimal(String.valueOf(amount))));
        }
        return amounts;
    }
}
