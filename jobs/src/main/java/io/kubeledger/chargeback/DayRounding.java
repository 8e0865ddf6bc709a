package io.kubeledger.chargeback;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import io.kubeledger.ingest.BillBucket;

/**
 * A day's lines rounded to the lake's {@value ChargebackTasklet#COST_SCALE} digits, each
 * reconciled unit (a cluster's bucket of the bill, a workspace, a cluster's part of a
 * monitor workspace or monitoring resource, or the rest of a cluster's lines) on its own:
 * its lines add up to its exact total rounded once, so a bill of at most 12 decimals is
 * met exactly. A unit never spans clusters but a Log Analytics workspace's, which a shard
 * always holds whole, and ties of the largest remainders go to the first line in a total
 * order of the lines' keys: the lake is the same, value for value, whatever the shards,
 * the threads or the order in which the clusters' sums arrive.
 */
final class DayRounding {

    /** Every key of a line, then its exact cost: no two lines that differ tie. */
    private static final Comparator<ChargeLine> KEYS = ChargebackTasklet.LAKE_ORDER
        .thenComparing(ChargeLine::allocation)
        .thenComparing(ChargeLine::status)
        .thenComparing(ChargeLine::teamRegistered)
        .thenComparing(ChargeLine::costCenter, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(ChargeLine::cost);

    private DayRounding() {
    }

    /**
     * What a line is reconciled with: its workspace's bill, or its cluster's bucket of
     * the bill (or none); a correction of an earlier period with that of its cluster's
     * bucket or its workspace, apart from the day's.
     */
    private record Unit(boolean correction, String cluster, BillBucket bucket, String workspaceResourceId) {

        /**
         * A line of a resource that may span shards ({@code perCluster}: ids in lower
         * case) is reconciled with its cluster's part, which the chargeback gave at the
         * lake's digits.
         */
        static Unit of(ChargeLine line, Set<String> perCluster) {
            String resource = line.workspaceResourceId();
            if (resource != null && perCluster.contains(resource.toLowerCase(Locale.ROOT))) {
                return new Unit(line.costKind() == CostKind.CORRECTION, line.cluster(), null, resource);
            }
            return of(line);
        }

        static final Comparator<Unit> ORDER = Comparator.comparing(Unit::correction)
            .thenComparing(Unit::cluster)
            .thenComparing(Unit::bucket, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(Unit::workspaceResourceId);

        static Unit of(ChargeLine line) {
            boolean correction = line.costKind() == CostKind.CORRECTION;
            return line.workspaceResourceId() != null ? new Unit(correction, "", null, line.workspaceResourceId())
                    : new Unit(correction, line.cluster(), line.bucket(), "");
        }
    }

    static List<ChargeLine> rounded(List<ChargeLine> exact, Set<String> perCluster) {
        Map<Unit, List<ChargeLine>> units = new TreeMap<>(Unit.ORDER);
        for (ChargeLine line : exact) {
            units.computeIfAbsent(Unit.of(line, perCluster), unit -> new ArrayList<>()).add(line);
        }
        List<ChargeLine> rounded = new ArrayList<>(exact.size());
        for (List<ChargeLine> lines : units.values()) {
            lines.sort(KEYS);
            List<BigDecimal> costs = CostRounding.round(lines.stream().map(ChargeLine::cost).toList(),
                    ChargebackTasklet.COST_SCALE);
            for (int i = 0; i < lines.size(); i++) {
                rounded.add(lines.get(i).withCost(costs.get(i)));
            }
        }
        return rounded;
    }

}
