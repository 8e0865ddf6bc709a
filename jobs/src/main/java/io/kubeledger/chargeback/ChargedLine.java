package io.kubeledger.chargeback;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A line of the lake: its charge, in the bill's charged cost column
 * ({@code billing.cost-column}), and the same charge in the other of {@code BilledCost}
 * and {@code EffectiveCost} (what was invoiced beside what was amortized), each charged
 * the same way from its own column of the bill; and the charge at the price list
 * ({@code listCost}, {@link PriceListCosts}).
 */
public record ChargedLine(ChargeLine line, BigDecimal otherCost, BigDecimal listCost) {

    /** A day's lines whose two cost columns bill alike. */
    static List<ChargedLine> alike(List<ChargeLine> lines, PriceListCosts list) {
        return lines.stream().map(line -> new ChargedLine(line, line.cost(), list.of(line))).toList();
    }

    /**
     * A day's lines charged from both columns, paired by key; a line one column has and
     * the other has not is charged nothing in the other (a bucket whose idle cost is
     * nothing in one column, say).
     */
    static List<ChargedLine> paired(List<ChargeLine> charged, List<ChargeLine> other, PriceListCosts list) {
        Map<ChargeLine, ChargeLine> otherByKey = new LinkedHashMap<>();
        other.forEach(line -> otherByKey.put(line.key(), line));
        List<ChargedLine> lines = new ArrayList<>(charged.size());
        for (ChargeLine line : charged) {
            ChargeLine match = otherByKey.remove(line.key());
            lines.add(new ChargedLine(line, match == null ? BigDecimal.ZERO : match.cost(), list.of(line)));
        }
        otherByKey.values().forEach(line -> {
            ChargeLine uncharged = line.withCost(BigDecimal.ZERO);
            lines.add(new ChargedLine(uncharged, line.cost(), list.of(uncharged)));
        });
        return lines;
    }
}
