package io.kubeledger.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import io.kubeledger.run.DayRange;

/**
 * One export run's share of the month's bill: the days it is the newest run with rows of,
 * and the clusters and workspaces (by resource id in lower case) it has rows of, whose
 * days those are; another's days stay estimates.
 */
record BilledRun(CostExportManifest run, SortedSet<LocalDate> days, Set<String> clusters,
        Set<String> workspaceResourceIds) {

    BilledRun {
        days = Collections.unmodifiableSortedSet(new TreeSet<>(days));
        clusters = Set.copyOf(clusters);
        workspaceResourceIds = Set.copyOf(workspaceResourceIds);
    }

    /**
     * The days as stretches a person reads:
     * {@code 2026-10-01 to 2026-10-09, 2026-10-13 to 2026-10-31}.
     */
    String stretches() {
        List<String> stretches = new ArrayList<>();
        LocalDate start = null;
        LocalDate previous = null;
        for (LocalDate day : days) {
            if (start != null && !day.equals(previous.plusDays(1))) {
                stretches.add(new DayRange(start, previous.plusDays(1)).toString());
                start = null;
            }
            start = start == null ? day : start;
            previous = day;
        }
        if (start != null) {
            stretches.add(new DayRange(start, previous.plusDays(1)).toString());
        }
        return String.join(", ", stretches);
    }
}
