package io.kubeledger.chargeback;

import java.util.Comparator;
import java.util.Objects;

/**
 * The team a cost is charged to. {@code registered} is false for a team named by a label
 * but not configured: its cost is kept under that name and the reports flag it, so a typo
 * in a label is seen rather than lost.
 */
public record TeamAssignment(String team, String costCenter, AllocationMethod allocation, boolean registered) {

    /**
     * A stable order of owners (by team name first), so that ties and remainders fall the
     * same way every run.
     */
    public static final Comparator<TeamAssignment> ORDER = Comparator.comparing(TeamAssignment::team)
        .thenComparing(TeamAssignment::allocation)
        .thenComparing(TeamAssignment::costCenter, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(TeamAssignment::registered);

    public static final String SHARED_TEAM = "shared";

    public static final String UNALLOCATED_TEAM = "unallocated";

    public static final String IDLE_TEAM = "idle";

    /**
     * Written out, as {@link #hashCode}: a record's own go through method handles that C1
     * does not inline.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof TeamAssignment that && registered == that.registered && allocation == that.allocation
                && Objects.equals(team, that.team) && Objects.equals(costCenter, that.costCenter);
    }

    @Override
    public int hashCode() {
        return ((Objects.hashCode(team) * 31 + Objects.hashCode(costCenter)) * 31 + Objects.hashCode(allocation)) * 31
                + Boolean.hashCode(registered);
    }

    static TeamAssignment shared() {
        return new TeamAssignment(SHARED_TEAM, null, AllocationMethod.SHARED, true);
    }

    /**
     * The idle cost that no team takes: by {@code idle-split: none}, or of a cluster-day
     * without workload.
     */
    static TeamAssignment idle() {
        return new TeamAssignment(IDLE_TEAM, null, AllocationMethod.SHARED, true);
    }

    static TeamAssignment unallocated() {
        return new TeamAssignment(UNALLOCATED_TEAM, null, AllocationMethod.UNALLOCATED, true);
    }
}
