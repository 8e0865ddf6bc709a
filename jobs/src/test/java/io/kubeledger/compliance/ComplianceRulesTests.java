package io.kubeledger.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.kubeledger.config.KubeledgerProperties.InvalidConfigurationException;

class ComplianceRulesTests {

    @Test
    void theBundledRecommendationsAreTheGuidesTable() {
        assertThat(ComplianceRules.load(null).recommendations())
            .extracting(r -> r.category() + " " + (r.enable() ? "→ " + r.destination().value() : "off") + " "
                    + r.condition().name().toLowerCase())
            .containsExactly("kube-apiserver → log-analytics always", "kube-audit → storage always",
                    "kube-audit-admin → log-analytics always", "kube-controller-manager → log-analytics always",
                    "kube-scheduler off always", "cluster-autoscaler → log-analytics autoscale",
                    "guard → log-analytics entra_id", "AllMetrics off always");
    }

    @Test
    void anEditedFileIsReadAndABadLineIsNamedWithItsFileAndNumber(@TempDir Path folder) throws IOException {
        Path edited = Files.writeString(folder.resolve("ours.csv"), """
                # our decision: audit logs go to storage and to the workspace
                category,setting,destination,condition,severity
                kube-audit,enable,storage,always,high
                kube-audit-admin,enable,log-analytics,always,high
                """);
        Path broken = Files.writeString(folder.resolve("broken.csv"), """
                category,setting,destination,condition,severity
                kube-audit,enable,storage,always,high
                guard,enable,splunk,entra-id,medium
                """);

        assertThat(ComplianceRules.load(edited).recommendations()).hasSize(2);
        assertThatThrownBy(() -> ComplianceRules.load(broken))
            .hasMessage(broken + ", line 3: unknown destination 'splunk' (log-analytics, storage, event-hub)");
        assertThatThrownBy(() -> ComplianceRules.configured(broken)).isInstanceOf(InvalidConfigurationException.class)
            .hasMessageContaining("kubeledger.compliance.recommended-settings: " + broken
                    + ", line 3: unknown destination 'splunk' (log-analytics, storage, event-hub)");
    }

}
