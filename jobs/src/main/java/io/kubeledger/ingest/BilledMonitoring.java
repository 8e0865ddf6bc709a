package io.kubeledger.ingest;

import java.util.Map;

/**
 * The monitor workspaces and monitoring resources whose bill rows are the fleet's: their
 * names by ARM id (lower case). Every shard of a sharded fleet reads them (their bill is
 * divided among clusters of every shard); {@code countedByType} says whether this run
 * counts their rows in the bill by resource type, so that the first shard alone does and
 * the shards' counts add up.
 */
public record BilledMonitoring(Map<String, String> names, boolean countedByType) {

    public BilledMonitoring {
        names = Map.copyOf(names);
    }

}
