package io.kubeledger.chargeback;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.kubeledger.config.KubeledgerProperties.Team;
import io.kubeledger.config.KubeledgerProperties;
import io.kubeledger.ingest.Allocation;

/**
 * Decides the team of an allocation, first rule that applies:
 * <ol>
 * <li>no namespace, or OpenCost's {@code __unmounted__}: {@code unallocated};</li>
 * <li>the team label (from {@code Labels} or {@code Label_<name>}), when present and a
 * valid Kubernetes label value that is not a reserved name: that team, configured or
 * not;</li>
 * <li>a shared namespace: {@code shared};</li>
 * <li>the first configured team with a matching namespace rule;</li>
 * <li>else {@code unallocated}.</li>
 * </ol>
 * A label wins over a shared namespace because it is the owner's own, most specific
 * statement. Anyone who deploys a pod writes its labels, so a label value Kubernetes
 * itself would refuse (or a description of one that was not a string, or given twice)
 * names nobody: the row goes by the namespace rules, and the value is reported.
 */
public final class TeamResolver {

    /**
     * Namespaces and team labels whose owner is kept found: a fleet has far fewer of them
     * than rows, a broken export maybe not.
     */
    private static final int NAMES_KEPT = 100_000;

    private static final Logger LOG = LoggerFactory.getLogger(TeamResolver.class);

    /** What a label that names no team is found to own. */
    private static final TeamAssignment NOBODY = new TeamAssignment("", null, AllocationMethod.UNALLOCATED, false);

    /**
     * A Kubernetes label value: at most 63 characters, alphanumeric at both ends,
     * {@code -_.} between.
     */
    private static final Pattern LABEL_VALUE = Pattern.compile("[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?");

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
        shadowedNamespaces(teams).forEach(LOG::warn);
    }

    /**
     * The exact namespaces a team names that an earlier team's rule already matches: the
     * first matching rule wins, so the later team never gets them by namespace, which is
     * seldom what was meant.
     */
    static List<String> shadowedNamespaces(List<Team> teams) {
        List<String> warnings = new ArrayList<>();
        for (int later = 0; later < teams.size(); later++) {
            List<String> namespaces = teams.get(later).namespaces();
            for (int n = 0; n < namespaces.size(); n++) {
                String namespace = namespaces.get(n);
                if (namespace.contains("*") || namespace.contains("?")) {
                    continue;
                }
                for (int earlier = 0; earlier < later; earlier++) {
                    for (String rule : teams.get(earlier).namespaces()) {
                        if (new NamespacePattern(rule).matches(namespace)) {
                            warnings.add("kubeledger.teams[" + later + "].namespaces[" + n + "]: '" + namespace
                                    + "' is matched first by '" + rule + "' of team '" + teams.get(earlier).name()
                                    + "' (teams[" + earlier + "]), so team '" + teams.get(later).name()
                                    + "' never gets it by its namespace");
                        }
                    }
                }
            }
        }
        return warnings;
    }

    public TeamAssignment resolve(String namespace, Map<String, String> labels) {
        if (namespace == null || namespace.isBlank() || Allocation.UNMOUNTED_NAMESPACE.equals(namespace)) {
            return TeamAssignment.unallocated();
        }
        String labelled = labels.get(labelName);
        if (labelled != null && !labelled.isBlank()) {
            TeamAssignment owner = kept(ownerByLabel, labelled, this::ownerOfLabel);
            if (owner != NOBODY) {
                return owner;
            }
        }
        return kept(ownerByNamespace, namespace, this::ownerOfNamespace);
    }

    /** The row's team label when it names nobody (see the class comment), else null. */
    public String invalidTeamLabel(Map<String, String> labels) {
        String labelled = labels.get(labelName);
        return labelled != null && !labelled.isBlank() && kept(ownerByLabel, labelled, this::ownerOfLabel) == NOBODY
                ? labelled : null;
    }

    /**
     * The owner of a name found once and kept, while fewer than {@value #NAMES_KEPT} are.
     */
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
        if (!LABEL_VALUE.matcher(team).matches() || KubeledgerProperties.isReservedTeam(team)) {
            return NOBODY;
        }
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

    /**
     * OpenCost exports label names sanitised as Prometheus does:
     * {@code app.kubernetes.io/team} is {@code app_kubernetes_io_team}.
     */
    static String prometheusLabelName(String label) {
        return label.replaceAll("[^a-zA-Z0-9_]", "_");
    }

}
