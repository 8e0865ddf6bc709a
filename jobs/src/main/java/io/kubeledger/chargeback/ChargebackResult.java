package io.kubeledger.chargeback;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.kubeledger.run.HandOff;

/**
 * The {@code chargebackStep}'s result for the run's record and summary.
 *
 * @param idleByCluster each cluster's idle lines of the month to date, summed
 * @param billedWithoutWorkload the clusters the bill charged on days with no OpenCost row
 * of theirs (the exporter was down), each with those days, e.g.
 * {@code aks-dev-weu: 2026-10-04 to 2026-10-06 (3 days)}: all idle
 */
public record ChargebackResult(Map<String, BigDecimal> idleByCluster,
        List<String> billedWithoutWorkload) implements Serializable {

    public static final HandOff<ChargebackResult> RESULT = new HandOff<>("chargeback", ChargebackResult.class);

    public ChargebackResult {
        idleByCluster = new TreeMap<>(idleByCluster);
        billedWithoutWorkload = List.copyOf(billedWithoutWorkload);
    }
}
