package io.kubeledger.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiagnosticSettingsCheckTests {

    private static final String WS = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/log-aks";

    private static final String SA = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/staudit";

    private static final ComplianceRules RULES = ComplianceRules.load(null);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`',
            textBlock = """
                    # case | autoscale, entra | the settings' logs (category or group=enabled), metrics, destinations | expected statuses
                    as recommended | true, true | a: kube-apiserver=true kube-audit-admin=true kube-controller-manager=true cluster-autoscaler=true guard=true, AllMetrics=false, WS Dedicated; b: kube-audit=true, -, SA | kube-apiserver=pass kube-audit=pass kube-audit-admin=pass kube-controller-manager=pass kube-scheduler=pass cluster-autoscaler=pass guard=pass AllMetrics=pass destination-type=pass
                    no setting at all | false, false | - | kube-apiserver=fail kube-audit=fail kube-scheduler=pass cluster-autoscaler=not-applicable guard=not-applicable AllMetrics=pass destination-type=not-applicable
                    allLogs to the workspace | true, false | a: allLogs=true, AllMetrics=true, WS Dedicated | kube-apiserver=pass kube-audit=warn kube-scheduler=warn cluster-autoscaler=pass guard=not-applicable AllMetrics=warn
                    audit group to storage | false, true | a: audit=True, -, SA | kube-audit=pass kube-audit-admin=warn guard=warn kube-apiserver=fail
                    string booleans off | false, false | a: kube-audit=False kube-scheduler=false, -, SA | kube-audit=fail kube-scheduler=pass
                    legacy AzureDiagnostics | false, false | a: kube-apiserver=true, -, WS null | kube-apiserver=pass destination-type=warn
                    a setting with no destination | false, false | a: kube-audit=true, -, none | kube-audit=fail
                    two settings, one per destination | false, false | a: kube-audit=true, -, WS Dedicated; b: kube-audit=true, -, SA | kube-audit=pass
                    """)
    void findsEachRecommendationPassedWarnedOrFailed(String name, String profile, String settings, String expected) {
        // given
        String[] flags = profile.split(",\\s*");
        ClusterProfile cluster = new ClusterProfile(Boolean.parseBoolean(flags[0]), Boolean.parseBoolean(flags[1]));
        List<DiagnosticSetting> parsed = ArmComplianceParser.diagnosticSettings(json(settings), RULES.groups());

        // when
        Map<String, String> statuses = new DiagnosticSettingsCheck(RULES.recommendations())
            .check("aks-1", cluster, parsed)
            .stream()
            .collect(Collectors.toMap(f -> f.check().replace("diagnostic:", ""), f -> f.status().value()));

        // then
        Arrays.stream(expected.split(" "))
            .map(pair -> pair.split("="))
            .forEach(pair -> assertThat(statuses.get(pair[0])).as(pair[0]).isEqualTo(pair[1]));
        assertThat(statuses).hasSize(RULES.recommendations().size() + 1);
    }

    @Test
    void theDetailNamesTheSettingAndTheDestinationsThatAreTheEvidence() {
        List<DiagnosticSetting> settings = ArmComplianceParser
            .diagnosticSettings(json("aks-diag: kube-audit=true, -, WS Dedicated"), RULES.groups());

        Finding kubeAudit = new DiagnosticSettingsCheck(RULES.recommendations())
            .check("aks-1", new ClusterProfile(false, false), settings)
            .stream()
            .filter(f -> f.check().equals("diagnostic:kube-audit"))
            .findFirst()
            .orElseThrow();

        assertThat(kubeAudit.status()).isEqualTo(Status.WARN);
        assertThat(kubeAudit.severity()).isEqualTo(Severity.HIGH);
        assertThat(kubeAudit.detail()).isEqualTo(
                "kube-audit goes only to setting 'aks-diag' → Log Analytics (log-aks); recommended: Azure Storage");
    }

    @Test
    void aClusterReadsAutoscaleFromAnyPoolAndEntraIdFromItsAadProfile() {
        ClusterProfile profile = ArmComplianceParser.cluster(stream("""
                {"id":"/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/managedClusters/aks-1",
                 "location":"westeurope","sku":{"name":"Base","tier":"Standard"},
                 "properties":{"agentPoolProfiles":[{"name":"system","enableAutoScaling":false},
                                                    {"name":"user","enableAutoScaling":"True"}],
                               "aadProfile":{"managed":true,"enableAzureRBAC":true}}}"""));

        assertThat(profile).isEqualTo(new ClusterProfile(true, true));
        assertThat(ArmComplianceParser.cluster(stream("{\"properties\":{\"agentPoolProfiles\":[{}]}}")))
            .isEqualTo(new ClusterProfile(false, false));
    }

    @Test
    void aBooleanThatIsNoBooleanIsAnErrorNotAGuess() {
        assertThatThrownBy(() -> ArmComplianceParser.diagnosticSettings(stream("""
                {"value":[{"name":"a","properties":{"logs":[{"category":"kube-audit","enabled":"yes"}]}}]}"""),
                RULES.groups()))
            .hasMessageContaining("logs[].enabled is not a boolean: \"yes\"");
    }

    /**
     * Real-shaped ARM JSON from
     * {@code name: log=enabled …, metric=enabled, destination [type]; …}.
     */
    private static ByteArrayInputStream json(String spec) {
        if (spec.equals("-")) {
            return stream("{\"value\":[]}");
        }
        String settings = Arrays.stream(spec.split(";\\s*")).map(setting -> {
            String[] nameAndRest = setting.split(":\\s*", 2);
            String[] parts = nameAndRest[1].split(",\\s*");
            String logs = Arrays.stream(parts[0].split(" ")).map(log -> log.split("=")).map(log -> {
                boolean group = log[0].equals("allLogs") || log[0].equals("audit");
                String enabled = log[1].equals("true") || log[1].equals("false") ? log[1] : "\"" + log[1] + "\"";
                return group ? "{\"category\":null,\"categoryGroup\":\"" + log[0] + "\",\"enabled\":" + enabled + "}"
                        : "{\"category\":\"" + log[0] + "\",\"categoryGroup\":null,\"enabled\":" + enabled + "}";
            }).collect(Collectors.joining(","));
            String metrics = parts[1].equals("-") ? ""
                    : "{\"category\":\"AllMetrics\",\"enabled\":" + parts[1].split("=")[1] + "}";
            String[] destination = parts[2].split(" ");
            String target = switch (destination[0]) {
                case "WS" -> "\"workspaceId\":\"" + WS + "\",\"logAnalyticsDestinationType\":"
                        + (destination[1].equals("null") ? "null" : "\"" + destination[1] + "\"") + ",";
                case "SA" -> "\"storageAccountId\":\"" + SA + "\",";
                default -> "";
            };
            return "{\"id\":\"/subscriptions/s/x/providers/microsoft.insights/diagnosticSettings/" + nameAndRest[0]
                    + "\",\"name\":\"" + nameAndRest[0] + "\",\"properties\":{" + target + "\"logs\":[" + logs
                    + "],\"metrics\":[" + metrics + "],\"retentionPolicy\":{\"days\":0,\"enabled\":false}}}";
        }).collect(Collectors.joining(","));
        return stream("{\"value\":[" + settings + "]}");
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

}
