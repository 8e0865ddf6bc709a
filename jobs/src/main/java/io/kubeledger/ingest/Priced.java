package io.kubeledger.ingest;

import java.math.BigDecimal;

/** A Log Analytics row with the plan of its table and its cost at that plan's price. */
public record Priced<T>(T row, String plan, BigDecimal cost) {
}
