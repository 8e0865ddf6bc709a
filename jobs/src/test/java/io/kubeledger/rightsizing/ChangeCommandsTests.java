package io.kubeledger.rightsizing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChangeCommandsTests {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    # action   | kind        | CPU   | MiB  | change
                    DOWNSIZE   | deployment  | 0.26  | 768  | kubectl --context aks-1 -n payments set resources deployment/api -c api --requests=cpu=260m,memory=768Mi
                    UPSIZE     | statefulset | 2     | 4096 | kubectl --context aks-1 -n payments set resources statefulset/api -c api --requests=cpu=2,memory=4Gi
                    UPSIZE     | job         | 0.5   | 1536 | in the manifest of job api, container api: resources.requests cpu: 500m, memory: 1536Mi
                    DOWNSIZE   | ''          | 0.01  | 20   | a bare pod has no controller to change: where its pods are created, container api: resources.requests cpu: 10m, memory: 20Mi
                    ABANDONED  | ''          | 0.01  | 20   | confirm with the owner, then stop what creates the bare pods of container api
                    ABANDONED  | deployment  | 0.01  | 20   | confirm with the owner, then: kubectl --context aks-1 -n payments scale deployment/api --replicas=0
                    ABANDONED  | daemonset   | 0.01  | 20   | confirm with the owner, then remove daemonset api from its manifests
                    KEEP       | deployment  | 1     | 1024 | ''
                    """)
    void aContainersChangeIsTheCommandOrManifestEditThatAppliesIt(RequestAction action, String kind, double cpu,
            long mebibytes, String change) {
        ContainerRecommendation recommendation = new ContainerRecommendation(
                new ContainerKey("aks-1", "payments", kind, "api", "api"), "payments", 14, 1, 0.2, 0.2, cpu,
                2048.0 * Quantities.MIB, 0, 0, mebibytes * Quantities.MIB, BigDecimal.ONE, action, "why", null);

        assertThat(ChangeCommands.forContainer(recommendation)).isEqualTo(change);
    }

    @Test
    void aHostileNameIsPastedAsOneQuotedWordNeverRun() {
        ContainerRecommendation recommendation = new ContainerRecommendation(
                new ContainerKey("aks-1", "pay ments", "deployment", "api;rm -rf ~", "it's"), "payments", 14, 1, 0.2,
                0.2, 0.5, 2048.0 * Quantities.MIB, 0, 0, 512 * Quantities.MIB, BigDecimal.ONE, RequestAction.DOWNSIZE,
                "why", null);

        assertThat(ChangeCommands.command(recommendation)).isEqualTo("kubectl --context aks-1 -n 'pay ments' set "
                + "resources 'deployment/api;rm -rf ~' -c 'it'\\''s' --requests=cpu=500m,memory=512Mi");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|',
            textBlock = """
                    Analytics | Basic     | az monitor log-analytics workspace table update --resource-group rg-aks --workspace-name log-aks --name AKSAudit --plan Basic
                    Basic     | Analytics | az monitor log-analytics workspace table update --resource-group rg-aks --workspace-name log-aks --name AKSAudit --plan Analytics
                    Analytics | Analytics | ''
                    """)
    void aTablesChangeIsTheAzCommandThatSwitchesItsPlan(String plan, String recommended, String change) {
        TableUsage usage = new TableUsage(
                "/subscriptions/s/resourceGroups/rg-aks/providers/"
                        + "Microsoft.OperationalInsights/workspaces/log-aks",
                "AKSAudit", plan, BigDecimal.TEN, BigDecimal.ONE, 0L, BigDecimal.ZERO);

        assertThat(ChangeCommands.forTable(new TablePlanRecommendation(usage, BigDecimal.ZERO, recommended,
                BigDecimal.ONE, BigDecimal.ZERO, "why")))
            .isEqualTo(change);
    }

}
