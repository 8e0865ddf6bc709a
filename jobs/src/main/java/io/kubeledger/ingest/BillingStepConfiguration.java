package io.kubeledger.ingest;

import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.listener.ExecutionContextPromotionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

import io.kubeledger.config.KubeledgerProperties;
import io.kubeledger.config.RunFleet;
import io.kubeledger.run.RunWindow;
import io.kubeledger.source.ArmSource;
import io.kubeledger.source.BlobSource;

/**
 * The {@code billingStep}: the month's bill, read whole from the newest run of the Cost
 * Management export.
 */
@Configuration(proxyBeanMethods = false)
public class BillingStepConfiguration {

    @Bean
    @StepScope
    BillingTasklet billingTasklet(KubeledgerProperties properties, BlobSource blobSource, ArmSource armSource,
            MonthBill monthBill, ArmClusters armClusters, RunWindow window, RunFleet fleet) {
        return new BillingTasklet(properties.billing(), blobSource, armSource, fleet.clusters(), fleet.workspaces(),
                new BilledMonitoring(properties.monitoringResourceNames(), properties.shard().index() == 0),
                properties.currency(), window, monthBill, armClusters);
    }

    @Bean
    Step billingStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
            BillingTasklet billingTasklet) {
        ExecutionContextPromotionListener bill = new ExecutionContextPromotionListener();
        bill.setKeys(new String[] { BillSummary.RESULT.key() });
        return new StepBuilder("billingStep", jobRepository).tasklet(billingTasklet, transactionManager)
            .listener(bill)
            .build();
    }

    @Bean
    @JobScope
    ArmClusters armClusters() {
        return new ArmClusters();
    }

    @Bean
    @JobScope
    MonthBill monthBill() {
        return new MonthBill();
    }

}
