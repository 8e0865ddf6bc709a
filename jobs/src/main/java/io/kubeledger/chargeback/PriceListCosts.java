package io.kubeledger.chargeback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.kubeledger.ingest.ContainerLogCost;
import io.kubeledger.ingest.MonthBill;
import io.kubeledger.ingest.WorkspaceCost;

/**
 * What a day's lines cost at the price list: the lake's {@code ListCost}, on which a
 * billed month and an estimated one are compared. A billed workspace's log lines share
 * its bill in proportion to their priced ingestion ({@link WorkspaceBills}), so a line's
 * price-list amount is its charge times the workspace's priced ingestion over its bill;
 * idle and correction lines no list price priced (0); every other line is charged at
 * OpenCost's allocation, which is its price-list amount.
 */
final class PriceListCosts {

    private final LocalDate day;

    private final MonthBill bill;

    /** Each workspace's priced ingestion of the day, by its resource id in lower case. */
    private final Map<String, BigDecimal> priced = new HashMap<>();

    private PriceListCosts(LocalDate day, MonthBill bill) {
        this.day = day;
        this.bill = bill;
    }

    /**
     * The day's price-list amounts, from its priced log costs before the bill scaled
     * them.
     */
    static PriceListCosts of(LocalDate day, List<ContainerLogCost> containerLogs, List<WorkspaceCost> monitoring,
            MonthBill bill) {
        PriceListCosts costs = new PriceListCosts(day, bill);
        containerLogs.forEach(log -> costs.priced.merge(lower(log.workspaceResourceId()), log.cost(), BigDecimal::add));
        monitoring.forEach(cost -> costs.priced.merge(lower(cost.workspaceResourceId()), cost.cost(), BigDecimal::add));
        return costs;
    }

    BigDecimal of(ChargeLine line) {
        return switch (line.costKind()) {
            case IDLE, CORRECTION -> BigDecimal.ZERO;
            case CONTAINER_LOGS, MONITORING -> line.status() == CostStatus.BILLED ? atPriceList(line) : line.cost();
            default -> line.cost();
        };
    }

    private BigDecimal atPriceList(ChargeLine line) {
        BigDecimal billed = bill.workspace(line.workspaceResourceId(), day).orElse(BigDecimal.ZERO);
        if (billed.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return line.cost()
            .multiply(priced.getOrDefault(lower(line.workspaceResourceId()), BigDecimal.ZERO))
            .divide(billed, ChargebackTasklet.COST_SCALE, RoundingMode.HALF_EVEN);
    }

    private static String lower(String id) {
        return id.toLowerCase(Locale.ROOT);
    }

}
