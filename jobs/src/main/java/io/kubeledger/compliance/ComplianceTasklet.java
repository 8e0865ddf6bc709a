package io.kubeledger.compliance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;

import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

import io.kubeledger.config.KubeledgerProperties.Cluster;
import io.kubeledger.run.IndependentTasks;

/**
 * Runs every compliance check on every configured cluster ({@link ComplianceCheck}),
 * {@code kubeledger.threads} clusters at a time.
 */
public class ComplianceTasklet implements Tasklet {

    private final List<Cluster> clusters;

    private final ClusterComplianceReader reader;

    private final List<ComplianceCheck> checks;

    private final Findings findings;

    private final IndependentTasks threads;

    public ComplianceTasklet(List<Cluster> clusters, ClusterComplianceReader reader, List<ComplianceCheck> checks,
            Findings findings, IndependentTasks threads) {
        this.clusters = clusters;
        this.reader = reader;
        this.checks = List.copyOf(checks);
        this.findings = findings;
        this.threads = threads;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        // Clusters are checked independently, and their ARM calls and archive listings
        // wait on Azure: side by side.
        List<List<Finding>> byCluster = new ArrayList<>(Collections.nCopies(clusters.size(), null));
        threads.run("compliance",
                IntStream.range(0, clusters.size())
                    .<Runnable>mapToObj(i -> () -> byCluster.set(i, check(clusters.get(i))))
                    .toList());
        // Kept in the configured order of the clusters, the order the reports show them
        // in.
        findings.keep(byCluster);
        contribution.incrementWriteCount(findings.all().size());
        return RepeatStatus.FINISHED;
    }

    private List<Finding> check(Cluster cluster) {
        ClusterEvidence evidence = new ClusterEvidence(cluster, reader);
        return checks.stream().flatMap(check -> check.check(evidence).stream()).toList();
    }

}
