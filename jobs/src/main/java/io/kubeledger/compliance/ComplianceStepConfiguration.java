package io.kubeledger.compliance;

import java.time.LocalDate;
import java.util.List;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import io.kubeledger.config.ComplianceProperties;
import io.kubeledger.config.KubeledgerProperties;
import io.kubeledger.config.RunFleet;
import io.kubeledger.run.RunWindow;
import io.kubeledger.ingest.ArmClusters;
import io.kubeledger.run.IndependentTasks;
import io.kubeledger.source.ArmSource;
import io.kubeledger.source.BlobSource;

/**
 * The {@code complianceStep}: each cluster's findings against the recommended settings
 * and the audit retention.
 */
@Configuration(proxyBeanMethods = false)
public class ComplianceStepConfiguration {

    @Bean
    @JobScope
    Findings findings() {
        return new Findings();
    }

    /**
     * Loaded as the application starts, so that a wrong recommended-settings file stops
     * it before any work.
     */
    @Bean
    ComplianceRules complianceRules(KubeledgerProperties properties) {
        return ComplianceRules.configured(properties.compliance().recommendedSettings());
    }

    /**
     * The checks each cluster goes through, in the order of their findings: the seed
     * documents' recommended diagnostic settings, then the kube-audit archive's
     * retention, coverage, continuity and immutability. A new check is added here.
     */
    static List<ComplianceCheck> complianceChecks(ComplianceProperties compliance, ComplianceRules rules,
            LocalDate reportDate) {
        return List.of(new DiagnosticSettingsCheck(rules.recommendations()),
                new AuditArchiveCheck(compliance.auditRetentionDays(), compliance.requireImmutability(), reportDate));
    }

    @Bean
    @StepScope
    ComplianceTasklet complianceTasklet(KubeledgerProperties properties, ArmSource armSource, BlobSource blobSource,
            Findings findings, ArmClusters armClusters, IndependentTasks independentTasks, ComplianceRules rules,
            RunWindow window, RunFleet fleet) {
        return new ComplianceTasklet(fleet.clusters(),
                new ClusterComplianceReader(armSource, blobSource, rules.groups(), armClusters),
                complianceChecks(properties.compliance(), rules, window.reportDate()), findings, independentTasks);
    }

    @Bean
    Step complianceStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            ComplianceTasklet complianceTasklet) {
        return new StepBuilder("complianceStep", jobRepository).tasklet(complianceTasklet, transactionManager).build();
    }

}
