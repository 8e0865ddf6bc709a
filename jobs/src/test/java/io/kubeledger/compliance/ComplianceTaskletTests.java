package io.kubeledger.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.test.MetaDataInstanceFactory;
import org.springframework.core.task.SimpleAsyncTaskExecutor;

import io.kubeledger.config.KubeledgerProperties.Cluster;
import io.kubeledger.run.IndependentTasks;

/**
 * The compliance checks are a list of one interface: a check added to it runs on every
 * cluster, in its place.
 */
class ComplianceTaskletTests {

    @Test
    void everyCheckRunsOnEveryClusterTheirFindingsInTheOrderOfClustersThenChecks() {
        // given: two checks that need nothing read from Azure, on three clusters checked
        // side by side
        List<Cluster> clusters = List.of(cluster("aks-c"), cluster("aks-a"), cluster("aks-b"));
        ComplianceCheck tagged = cluster -> List
            .of(new Finding(cluster.name(), "tags:owner", Status.PASS, Severity.LOW, "tagged"));
        ComplianceCheck sized = cluster -> List
            .of(new Finding(cluster.name(), "size:nodes", Status.WARN, Severity.MEDIUM, "one node"));
        Findings findings = new Findings();

        // when
        StepContribution contribution = new StepContribution(MetaDataInstanceFactory.createStepExecution());
        new ComplianceTasklet(clusters, null, List.of(tagged, sized), findings,
                new IndependentTasks(new SimpleAsyncTaskExecutor(), 3))
            .execute(contribution, null);

        // then
        assertThat(findings.all()).extracting(f -> f.cluster() + " " + f.check())
            .containsExactly("aks-c tags:owner", "aks-c size:nodes", "aks-a tags:owner", "aks-a size:nodes",
                    "aks-b tags:owner", "aks-b size:nodes");
        assertThat(contribution.getWriteCount()).isEqualTo(6);
    }

    private static Cluster cluster(String name) {
        return new Cluster(name,
                "/subscriptions/s/resourceGroups/rg/providers/Microsoft.ContainerService/" + "managedClusters/" + name,
                "https://st.blob.core.windows.net/c/" + name + ".csv", null, null, null);
    }

}
