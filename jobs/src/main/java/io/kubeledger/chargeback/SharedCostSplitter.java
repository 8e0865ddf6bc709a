package io.kubeledger.chargeback;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedMap;

import io.kubeledger.config.SharedCostSplit;

/**
 * Divides one shared cost of a cluster and day (a shared namespace's workload or
 * container logs, the cluster's part of its workspace's monitoring, its idle cost) among
 * the cluster's cost owners that day, by {@link SharedCostSplit}. With no owner, or with
 * {@code none}, the cost stays with the splitter's own team ({@code shared},
 * {@code idle}). Every part keeps the namespace, kind and bucket of cost it came from and
 * is marked {@link AllocationMethod#SHARED}.
 */
final class SharedCostSplitter {

    private final SharedCostSplit mode;

    private final TeamAssignment unsplit;

    SharedCostSplitter(SharedCostSplit mode, TeamAssignment unsplit) {
        this.mode = mode;
        this.unsplit = unsplit;
    }

    /**
     * @param owners the cluster's owners of non-shared workload cost that day, with that
     * cost; a team, or {@code unallocated}
     */
    List<ChargeLine> split(ChargeLine shared, SortedMap<TeamAssignment, BigDecimal> owners) {
        if (mode == SharedCostSplit.NONE || owners.isEmpty()) {
            return List.of(shared.chargedTo(unsplit, AllocationMethod.SHARED, shared.cost()));
        }
        List<TeamAssignment> who = new ArrayList<>(owners.keySet());
        List<BigDecimal> weights = mode == SharedCostSplit.EVEN ? Collections.nCopies(who.size(), BigDecimal.ONE)
                : new ArrayList<>(owners.values());
        List<BigDecimal> parts = ProportionalSplit.split(shared.cost(), weights);
        List<ChargeLine> lines = new ArrayList<>(who.size());
        for (int i = 0; i < who.size(); i++) {
            if (parts.get(i).signum() != 0) {
                lines.add(shared.chargedTo(who.get(i), AllocationMethod.SHARED, parts.get(i)));
            }
        }
        return lines;
    }

}
