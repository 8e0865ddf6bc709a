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
 * A billed cluster-day's idle cost: per {@link BillBucket}, the bill minus what OpenCost
 * allocated the day's workload of that bucket (the cluster fee has no allocation), so
 * that workload and idle add up to the bill, bucket by bucket. It is negative where the
 * bill is below OpenCost's list-price estimate (a reservation, a savings plan). Each
 * bucket's idle is divided among the day's owners of workload by
 * {@code kubeledger.idle-split}; without owners, or with {@code none}, it stays with team
 * {@code idle}.
 */
final class IdleCosts {

    private final SharedCostSplitter splitter;

    IdleCosts(SharedCostSplit split) {
        this.splitter = new SharedCostSplitter(split, TeamAssignment.idle());
    }

    /**
     * @param workload the cluster's workload lines of the day, shared namespaces'
     * included
     * @param owners the cluster's owners of non-shared workload that day, with that cost
     */
    List<ChargeLine> lines(LocalDate day, String cluster, Map<BillBucket, BigDecimal> billed, List<ChargeLine> workload,
            SortedMap<TeamAssignment, BigDecimal> owners) {
        Map<BillBucket, BigDecimal> idle = new EnumMap<>(BillBucket.class);
        idle.putAll(billed);
        for (ChargeLine line : workload) {
            idle.merge(line.bucket(), line.cost().negate(), BigDecimal::add);
        }
        List<ChargeLine> lines = new ArrayList<>();
        idle.forEach((bucket, cost) -> lines.addAll(divided(day, cluster, CostKind.IDLE, bucket, null, cost, owners)));
        return lines;
    }

    /**
     * A billed amount of the cluster no workload line carries (its idle cost of a bucket,
     * a correction of an earlier period), divided among {@code owners} by
     * {@code kubeledger.idle-split}; nothing for a zero amount.
     */
    List<ChargeLine> divided(LocalDate day, String cluster, CostKind kind, BillBucket bucket,
            String workspaceResourceId, BigDecimal cost, SortedMap<TeamAssignment, BigDecimal> owners) {
        if (cost.signum() == 0) {
            return List.of();
        }
        TeamAssignment unsplit = TeamAssignment.idle();
        return splitter.split(
                new ChargeLine(day, cluster, "", unsplit.team(), unsplit.costCenter(), kind, bucket,
                        unsplit.allocation(), unsplit.registered(), workspaceResourceId, CostStatus.BILLED, cost, 0),
                owners);
    }

}
