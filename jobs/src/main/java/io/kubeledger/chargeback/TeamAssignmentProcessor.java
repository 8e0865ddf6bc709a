package io.kubeledger.chargeback;

import org.springframework.batch.infrastructure.item.ItemProcessor;

import io.kubeledger.ingest.Allocation;

/** Attaches the team to each allocation read. */
public class TeamAssignmentProcessor implements ItemProcessor<Allocation, ChargedAllocation> {

    private final TeamResolver teams;

    public TeamAssignmentProcessor(TeamResolver teams) {
        this.teams = teams;
    }

    @Override
    public ChargedAllocation process(Allocation allocation) {
        return new ChargedAllocation(allocation, teams.resolve(allocation.namespace(), allocation.labels()));
    }
}
