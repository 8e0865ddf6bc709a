package io.kubeledger.chargeback;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

import io.kubeledger.config.SharedCostSplit;
import io.kubeledger.ingest.BillBucket;

/**
 * A billed cluster-day's idle cost: per {@link BillBucket}, the bill minus what OpenCost allocated the day's workload
 * of that bucket (the cluster fee has no allocation), so that workload and idle add up to the bill, bucket by bucket.
 * It is negative where the bill is below OpenCost's list-price estimate (a reservation, a savings plan). Each bucket's
 * idle is divided among the day's owners of workload by {@code kubeledger.idle-split}; without owners, or with
 * {@code none}, it stays with team {@code idle}.
 */
final class IdleCosts {

    private final SharedCostSplitter splitter;

    IdleCosts(SharedCostSplit split) {
        this.splitter = new SharedCostSplitter(split, TeamAssignment.idle());
    }

    /**
     * @param workload the cluster's workload lines of the day, shared namespaces' included
     * @param owners   the cluster's owners of non-shared workload that day, with that cost
     */
    List<ChargeLine> lines(LocalDate day, String cluster, Map<BillBucket, BigDecimal> billed,
            List<ChargeLine> workload, SortedMap<TeamAssignment, BigDecimal> owners) {
        Map<BillBucket, BigDecimal> idle = new EnumMap<>(BillBucket.class);
        idle.putAll(billed);
        for (ChargeLine line : workload) {
            idle.merge(line.bucket(), line.cost().negate(), BigDecimal::add);
        }
        TeamAssignment unsplit = TeamAssignment.idle();
        List<ChargeLine> lines = new ArrayList<>();
        idle.forEach((bucket, cost) -> {
            if (cost.signum() != 0) {
                lines.addAll(splitter.split(new ChargeLine(day, cluster, "", unsplit.team(), unsplit.costCenter(),
                        CostKind.IDLE, bucket, unsplit.allocation(), unsplit.registered(), null, CostStatus.BILLED,
                        cost, 0), owners));
            }
        });
        return lines;
    }
}
