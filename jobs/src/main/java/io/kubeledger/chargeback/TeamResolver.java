package io.kubeledger.chargeback;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.kubeledger.KubeledgerProperties.Team;
import io.kubeledger.ingest.Allocation;

/**
 * Decides the team of an allocation, first rule that applies:
 * <ol>
 * <li>no namespace, or OpenCost's {@code __unmounted__}: {@code unallocated};</li>
 * <li>the team label (from {@code Labels} or {@code Label_<name>}), when present: that team, configured or not;</li>
 * <li>a shared namespace: {@code shared};</li>
 * <li>the first configured team with a matching namespace rule;</li>
 * <li>else {@code unallocated}.</li>
 * </ol>
 * A label wins over a shared namespace because it is the owner's own, most specific statement.
 */
public final class TeamResolver {

    /**
     * Namespaces and team labels whose owner is kept found: a fleet has far fewer of them than rows, a broken export
     * maybe not.
     */
    private static final int NAMES_KEPT = 100_000;

    private final Map<String, Team> teamsByName;
    private final List<Map.Entry<NamespacePattern, Team>> namespaceRules;

    private final List<NamespacePattern> sharedNamespaces;
    private final String labelName;
    /** The owner of each namespace without a team label, found once. */
    private final Map<String, TeamAssignment> ownerByNamespace = new ConcurrentHashMap<>();
    /** The owner each team label names, found once. */
    private final Map<String, TeamAssignment> ownerByLabel = new ConcurrentHashMap<>();

    public TeamResolver(List<Team> teams, List<String> sharedNamespaces, String teamLabel) {
        this.teamsByName = teams.stream().collect(Collectors.toMap(Team::name, Function.identity()));
        this.namespaceRules = teams.stream()
                .flatMap(team -> team.namespaces().stream().map(glob -> Map.entry(new NamespacePattern(glob), team)))
                .toList();
        this.sharedNamespaces = sharedNamespaces.stream().map(NamespacePattern::new).toList();
        this.labelName = prometheusLabelName(teamLabel);
    }

    public TeamAssignment resolve(String namespace, Map<String, String> labels) {
        if (namespace == null || namespace.isBlank() || Allocation.UNMOUNTED_NAMESPACE.equals(namespace)) {
            return TeamAssignment.unallocated();
        }
        String labelled = labels.get(labelName);
        if (labelled != null && !labelled.isBlank()) {
            return kept(ownerByLabel, labelled, this::ownerOfLabel);
        }
        return kept(ownerByNamespace, namespace, this::ownerOfNamespace);
    }

    /** The owner of a name found once and kept, while fewer than {@value #NAMES_KEPT} are. */
    private static TeamAssignment kept(Map<String, TeamAssignment> owners, String name,
            Function<String, TeamAssignment> find) {
        TeamAssignment owner = owners.get(name);
        if (owner == null) {
            owner = find.apply(name);
            if (owners.size() < NAMES_KEPT) {
                owners.put(name, owner);
            }
        }
        return owner;
    }

    private TeamAssignment ownerOfLabel(String team) {
        return Optional.ofNullable(teamsByName.get(team))
                .map(TeamResolver::direct)
                .orElseGet(() -> new TeamAssignment(team, null, AllocationMethod.DIRECT, false));
    }

    private TeamAssignment ownerOfNamespace(String namespace) {
        if (sharedNamespaces.stream().anyMatch(shared -> shared.matches(namespace))) {
            return TeamAssignment.shared();
        }
        return namespaceRules.stream()
                .filter(rule -> rule.getKey().matches(namespace))
                .findFirst()
                .map(rule -> direct(rule.getValue()))
                .orElseGet(TeamAssignment::unallocated);
    }

    private static TeamAssignment direct(Team team) {
        return new TeamAssignment(team.name(), team.costCenter(), AllocationMethod.DIRECT, true);
    }

    /** OpenCost exports label names sanitised as Prometheus does: {@code app.kubernetes.io/team} is {@code app_kubernetes_io_team}. */
    static String prometheusLabelName(String label) {
        return label.replaceAll("[^a-zA-Z0-9_]", "_");
    }
}
