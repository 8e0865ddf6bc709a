package io.kubeledger.chargeback;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The owner of a namespace for its namespace-level costs (container logs) on one day: the
 * owner of most of its workload cost in that cluster that day (ties: the first team by
 * name), or, with no workload that day, whoever the namespace rules name.
 */
final class NamespaceOwners {

    private record ClusterNamespace(String cluster, String namespace) {
    }

    private final Map<ClusterNamespace, TeamAssignment> largestOwner = new HashMap<>();

    private final TeamResolver resolver;

    NamespaceOwners(List<ChargeLine> workload, TeamResolver resolver) {
        this.resolver = resolver;
        Map<ClusterNamespace, Map<TeamAssignment, BigDecimal>> costs = new HashMap<>();
        for (ChargeLine line : workload) {
            costs.computeIfAbsent(new ClusterNamespace(line.cluster(), line.namespace()), k -> new HashMap<>())
                .merge(line.assignment(), line.cost(), BigDecimal::add);
        }
        Comparator<Map.Entry<TeamAssignment, BigDecimal>> largestFirst = Map.Entry
            .<TeamAssignment, BigDecimal>comparingByValue()
            .reversed()
            .thenComparing(Map.Entry.comparingByKey(TeamAssignment.ORDER));
        costs.forEach((namespace, owners) -> largestOwner.put(namespace,
                owners.entrySet().stream().sorted(largestFirst).findFirst().orElseThrow().getKey()));
    }

    TeamAssignment of(String cluster, String namespace) {
        TeamAssignment owner = largestOwner.get(new ClusterNamespace(cluster, namespace));
        return owner != null ? owner : resolver.resolve(namespace, Map.of());
    }

}
