package io.kubeledger.ingest;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

import io.kubeledger.config.KubeledgerProperties.Prices;

/**
 * The ingestion price of each Log Analytics table plan, per decimal GB (10^9 bytes, as
 * Azure bills). A plan with no configured price fails the run rather than being charged
 * at a guess.
 */
public final class LogPrices {

    private static final int BYTES_PER_GB_EXPONENT = 9;

    private final Map<String, BigDecimal> perGbByPlan = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    public LogPrices(Prices prices) {
        perGbByPlan.put("Analytics", prices.logAnalyticsGb());
        perGbByPlan.put("Basic", prices.basicLogsGb());
        perGbByPlan.put("Auxiliary", prices.auxiliaryLogsGb());
    }

    public BigDecimal costOfGb(BigDecimal gb, String plan, String table, String workspaceId) {
        BigDecimal perGb = perGbByPlan.get(plan);
        if (perGb == null) {
            throw new IllegalStateException("Log Analytics workspace " + workspaceId + ", table " + table + ": plan '"
                    + plan + "' has no price in kubeledger.prices (known plans: "
                    + String.join(", ", perGbByPlan.keySet()) + ")");
        }
        return gb.multiply(perGb);
    }

    public BigDecimal costOfBytes(long bytes, String plan, String table, String workspaceId) {
        return costOfGb(gigabytes(bytes), plan, table, workspaceId);
    }

    /** Bytes in the decimal GB Azure bills by, exactly. */
    public static BigDecimal gigabytes(long bytes) {
        return BigDecimal.valueOf(bytes).movePointLeft(BYTES_PER_GB_EXPONENT);
    }

}
