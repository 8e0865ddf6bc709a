package io.kubeledger.rightsizing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import io.kubeledger.config.KubeledgerProperties;
import io.kubeledger.config.KubeledgerProperties.Cluster;
import io.kubeledger.config.RightsizingProperties;
import io.kubeledger.config.RunFleet;
import io.kubeledger.ingest.ArmClusters;
import io.kubeledger.ingest.IngestedTables;
import io.kubeledger.ingest.MonthBill;
import io.kubeledger.run.RunWindow;

/**
 * The {@code tablePlanStep}: Log Analytics table plans, each with the money the change
 * saves.
 */
@Configuration(proxyBeanMethods = false)
public class TablePlanStepConfiguration {

    @Bean
    @JobScope
    Recommendations recommendations() {
        return new Recommendations();
    }

    @Bean
    @StepScope
    TablePlanTasklet tablePlanTasklet(IngestedTables ingestedTables, Recommendations recommendations,
            KubeledgerProperties properties, RunWindow window, MonthBill monthBill, RunFleet fleet,
            ArmClusters armClusters) {
        RightsizingProperties thresholds = properties.rightsizing();
        return new TablePlanTasklet(ingestedTables, recommendations,
                new TablePlanAdvisor(thresholds.logTables(), properties.prices(),
                        BasicEligibleTables.load(thresholds.logTables().basicEligibleTables()), properties.currency()),
                window.lookback(thresholds.logTables().lookbackDays()), monthBill,
                new TablePlanTasklet.Collection(
                        clustersAllOf(fleet.clusters(), armClusters, ArmClusters.ArmCluster::prometheusMetrics),
                        clustersAllOf(fleet.clusters(), armClusters, ArmClusters.ArmCluster::collectsEveryMinute)));
    }

    /**
     * By workspace resource id (lower case), the clusters of a workspace whose every
     * configured cluster is so, as the billing step read them from ARM.
     */
    private static Map<String, List<String>> clustersAllOf(List<Cluster> clusters, ArmClusters arm,
            Predicate<ArmClusters.ArmCluster> so) {
        Map<String, List<Cluster>> byWorkspace = new TreeMap<>();
        clusters.stream()
            .filter(Cluster::hasWorkspace)
            .forEach(cluster -> byWorkspace
                .computeIfAbsent(cluster.workspaceResourceId().toLowerCase(Locale.ROOT), w -> new ArrayList<>())
                .add(cluster));
        Map<String, List<String>> allSo = new TreeMap<>();
        byWorkspace.forEach((workspace, users) -> {
            if (users.stream().allMatch(cluster -> arm.of(cluster.name()).map(so::test).orElse(false))) {
                allSo.put(workspace, users.stream().map(Cluster::name).toList());
            }
        });
        return allSo;
    }

    @Bean
    Step tablePlanStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            TablePlanTasklet tablePlanTasklet) {
        return new StepBuilder("tablePlanStep", jobRepository).tasklet(tablePlanTasklet, transactionManager).build();
    }

}
