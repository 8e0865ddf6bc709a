package io.kubeledger.compliance;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.kubeledger.KubeledgerProperties.Cluster;

/** Checks every configured cluster's control-plane logging and kube-audit archive, one cluster at a time. */
public class ComplianceTasklet implements Tasklet {

    private final List<Cluster> clusters;
    private final ClusterComplianceReader reader;
    private final DiagnosticSettingsCheck diagnosticSettings;
    private final AuditArchiveCheck auditArchive;
    private final FindingRepository repository;
    private final long runId;

    public ComplianceTasklet(List<Cluster> clusters, ClusterComplianceReader reader,
            DiagnosticSettingsCheck diagnosticSettings, AuditArchiveCheck auditArchive, FindingRepository repository,
            long runId) {
        this.clusters = clusters;
        this.reader = reader;
        this.diagnosticSettings = diagnosticSettings;
        this.auditArchive = auditArchive;
        this.repository = repository;
        this.runId = runId;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        for (Cluster cluster : clusters) {
            List<DiagnosticSetting> settings = reader.diagnosticSettings(cluster);
            List<Finding> findings = new ArrayList<>(
                    diagnosticSettings.check(cluster.name(), reader.profile(cluster), settings));
            findings.addAll(ClusterComplianceReader.auditStorageAccountId(settings)
                    .map(account -> auditArchive.check(cluster.name(), reader.archive(cluster, account)))
                    .orElseGet(() -> auditArchive.withoutArchive(cluster.name())));
            repository.insert(runId, findings);
            contribution.incrementWriteCount(findings.size());
        }
        return RepeatStatus.FINISHED;
    }
}
