package io.kubeledger.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kubeledger.compliance.*} (a contract, documented in docs/configuration.md). The
 * recommended settings' lines are checked as the compliance step's rules are loaded, at
 * start-up too ({@code ComplianceRules.configured}).
 */
public record ComplianceProperties(@DefaultValue("90") int auditRetentionDays,
        @DefaultValue("false") boolean requireImmutability, Path recommendedSettings) {

    /** What is wrong with these settings, each problem naming its key. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (auditRetentionDays < 1) {
            problems.add("kubeledger.compliance.audit-retention-days: must be at least 1, was " + auditRetentionDays);
        }
        if (recommendedSettings != null && !Files.isReadable(recommendedSettings)) {
            problems.add("kubeledger.compliance.recommended-settings: no such readable file: "
                    + recommendedSettings.toAbsolutePath());
        }
        return problems;
    }
}
