package io.kubeledger.chargeback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.kubeledger.config.KubeledgerProperties.Team;

class TeamResolverTests {

    private final TeamResolver resolver = new TeamResolver(
            List.of(new Team("payments", "CC-1", null, List.of("payments", "pay-*"), null),
                    new Team("data", "CC-2", null, List.of("spark-*", "payments-reports"), null),
                    new Team("checkout", "CC-3", null, List.of(), null)),
            List.of("kube-system", "monitoring"), "app.kubernetes.io/team");

    @ParameterizedTest(name = "namespace {0}, label {1} -> {2} ({3})")
    @CsvSource(nullValues = "-", textBlock = """
            # namespace,       team label,   team,         allocation,  registered, cost center
            payments,          -,            payments,     DIRECT,      true,       CC-1
            pay-gateway,       -,            payments,     DIRECT,      true,       CC-1
            spark-etl,         -,            data,         DIRECT,      true,       CC-2
            payments-reports,  -,            data,         DIRECT,      true,       CC-2
            payments,          checkout,     checkout,     DIRECT,      true,       CC-3
            payments,          growth,       growth,       DIRECT,      false,      -
            kube-system,       -,            shared,       SHARED,      true,       -
            monitoring,        payments,     payments,     DIRECT,      true,       CC-1
            sandbox,           -,            unallocated,  UNALLOCATED, true,       -
            __unmounted__,     payments,     unallocated,  UNALLOCATED, true,       -
            '',                payments,     unallocated,  UNALLOCATED, true,       -
            payments,          '',           payments,     DIRECT,      true,       CC-1
            paymentsx,         -,            unallocated,  UNALLOCATED, true,       -
            payments,          Shared,       payments,     DIRECT,      true,       CC-1
            sandbox,           unallocated,  unallocated,  UNALLOCATED, true,       -
            spark-etl,         IDLE,         data,         DIRECT,      true,       CC-2
            payments,          Data Platform, payments,    DIRECT,      true,       CC-1
            payments,          -growth,      payments,     DIRECT,      true,       CC-1
            payments,          growth.,      payments,     DIRECT,      true,       CC-1
            payments,          (given twice), payments,    DIRECT,      true,       CC-1
            payments,          支付,          payments,     DIRECT,      true,       CC-1
            payments,          Data_Platform, Data_Platform, DIRECT,    false,      -
            payments,          a.b-c_d9,     a.b-c_d9,     DIRECT,      false,      -
            """)
    void resolvesTheTeamOfAnAllocation(String namespace, String label, String team, AllocationMethod allocation,
            boolean registered, String costCenter) {
        // given: OpenCost sanitises the configured label name app.kubernetes.io/team
        Map<String, String> labels = label == null ? Map.of() : Map.of("app_kubernetes_io_team", label);

        // when
        TeamAssignment assignment = resolver.resolve(namespace, labels);

        // then
        assertThat(assignment).isEqualTo(new TeamAssignment(team, costCenter, allocation, registered));
    }

    @Test
    void anEarlierTeamsRuleThatTakesALaterTeamsExactNamespaceIsWarnedOf() {
        // given: "data" names payments-reports, which payments' pay-* does not match but
        // payments-* would
        List<Team> teams = List.of(new Team("payments", null, null, List.of("payments-*"), null),
                new Team("data", null, null, List.of("spark-*", "payments-reports"), null));

        // when / then
        assertThat(TeamResolver.shadowedNamespaces(teams)).containsExactly("kubeledger.teams[1].namespaces[1]: "
                + "'payments-reports' is matched first by 'payments-*' of team 'payments' (teams[0]), so team 'data' "
                + "never gets it by its namespace");
        assertThat(TeamResolver.shadowedNamespaces(List.of(teams.get(1), teams.get(0)))).isEmpty();
    }

    @ParameterizedTest(name = "label of {0} characters names a team: {1}")
    @CsvSource({ "63, true", "64, false", "10000, false" })
    void aLabelLongerThanKubernetesAllowsNamesNobodyAndIsReported(int length, boolean namesATeam) {
        // given
        Map<String, String> labels = Map.of("app_kubernetes_io_team", "t".repeat(length));

        // when
        TeamAssignment assignment = resolver.resolve("payments", labels);

        // then
        assertThat(assignment.team()).isEqualTo(namesATeam ? "t".repeat(length) : "payments");
        assertThat(resolver.invalidTeamLabel(labels)).isEqualTo(namesATeam ? null : "t".repeat(length));
    }

}
