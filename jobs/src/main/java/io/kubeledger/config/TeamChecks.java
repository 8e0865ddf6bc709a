package io.kubeledger.config;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.kubeledger.config.KubeledgerProperties.Team;

/**
 * The checks of {@code kubeledger.teams}: names unique ignoring case and none reserved,
 * budgets, owners' addresses and namespaces.
 */
final class TeamChecks {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private TeamChecks() {
    }

    static void validateTeams(List<Team> teams, List<String> problems) {
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < teams.size(); i++) {
            Team team = teams.get(i);
            String key = "kubeledger.teams[" + i + "].";
            Optional<String> nameProblem = ConfigurationChecks.nameProblem(key + "name", team.name());
            if (nameProblem.isPresent()) {
                problems.add(nameProblem.get());
            }
            else if (KubeledgerProperties.isReservedTeam(team.name())) {
                problems.add(key + "name: '" + team.name() + "' is reserved for costs no team owns");
            }
            else {
                String first = names.putIfAbsent(team.name().toLowerCase(Locale.ROOT), team.name());
                if (first != null) {
                    problems.add(key + "name: '" + team.name() + "' is configured twice (as '" + first
                            + "'; team names are unique ignoring case)");
                }
            }
            if (team.monthlyBudget() != null && team.monthlyBudget().signum() <= 0) {
                problems.add(key + "monthly-budget: must be above 0, was " + team.monthlyBudget().toPlainString());
            }
            if (team.ownerEmail() != null && !EMAIL.matcher(team.ownerEmail()).matches()) {
                problems.add(key + "owner-email: not an e-mail address: '" + team.ownerEmail() + "'");
            }
            for (int j = 0; j < team.namespaces().size(); j++) {
                if (ConfigurationChecks.isBlank(team.namespaces().get(j))) {
                    problems.add(key + "namespaces[" + j + "]: empty");
                }
            }
        }
    }

}
