package io.kubeledger.rightsizing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.kubeledger.ingest.IngestedTables;
import io.kubeledger.ingest.MonthBill;
import io.kubeledger.run.DayRange;

/**
 * What each workspace's bill charges for its ingestion at the price list, over the days
 * of the lookback the bill covers: its bill over its priced ingestion. Below 1, a
 * commitment tier or another discount prices its GB lower than the price list, and a
 * table's plan is judged at that price (moving a table off Analytics saves what the
 * workspace pays for its GB). The bill also holds retention and queries, so a rate of 1
 * or more says nothing of a discount: the price list stands there.
 */
final class BilledIngestionRates {

    /**
     * By workspace resource id in lower case: its bill of each day the bill covers, and
     * its priced ingestion then.
     */
    private final Map<String, Map<LocalDate, BigDecimal>> billed = new HashMap<>();

    private final Map<String, BigDecimal> priced = new HashMap<>();

    private BilledIngestionRates() {
    }

    static BilledIngestionRates of(IngestedTables ingested, MonthBill bill, DayRange lookback) {
        BilledIngestionRates rates = new BilledIngestionRates();
        for (LocalDate day : lookback.days()) {
            for (IngestedTables.TableSum table : ingested.over(new DayRange(day, day.plusDays(1)), true)) {
                String id = table.workspaceResourceId().toLowerCase(Locale.ROOT);
                Optional<BigDecimal> workspaceBill = bill.workspace(id, day);
                if (workspaceBill.isPresent()) {
                    rates.priced.merge(id, table.cost(), BigDecimal::add);
                    rates.billed.computeIfAbsent(id, workspace -> new HashMap<>()).put(day, workspaceBill.get());
                }
            }
        }
        return rates;
    }

    /**
     * The workspace's bill over its priced ingestion where it is below 1 (a discount),
     * else empty.
     */
    Optional<BigDecimal> discounted(String workspaceResourceId) {
        String id = workspaceResourceId.toLowerCase(Locale.ROOT);
        BigDecimal pricedIngestion = priced.getOrDefault(id, BigDecimal.ZERO);
        if (pricedIngestion.signum() == 0 || !billed.containsKey(id)) {
            return Optional.empty();
        }
        BigDecimal bill = billed.get(id).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal rate = bill.divide(pricedIngestion, 6, RoundingMode.HALF_EVEN);
        return rate.compareTo(BigDecimal.ONE) < 0 ? Optional.of(rate) : Optional.empty();
    }

}
