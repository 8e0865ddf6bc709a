package io.kubeledger.chargeback;

import io.kubeledger.ingest.Allocation;

/** An export row with the team it is charged to. */
public record ChargedAllocation(Allocation allocation, TeamAssignment assignment) {
}
