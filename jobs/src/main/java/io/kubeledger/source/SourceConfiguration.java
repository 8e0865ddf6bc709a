package io.kubeledger.source;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

import io.kubeledger.config.KubeledgerProperties;

/**
 * Chooses where inputs come from, by {@code kubeledger.source}: the local snapshot, or
 * Azure. Outputs are published to Azure (with {@code lake-url} or {@code reports-url})
 * whatever the source.
 */
@Configuration(proxyBeanMethods = false)
public class SourceConfiguration {

    @Bean
    @Lazy
    AzureClients azureClients(KubeledgerProperties properties) {
        return new AzureClients(properties.azure());
    }

    @Bean
    BlobSource blobSource(KubeledgerProperties properties, ObjectProvider<AzureClients> azure) {
        return isAzure(properties) ? new AzureBlobSource(azure.getObject())
                : new LocalSnapshotBlobSource(properties.localRoot());
    }

    @Bean
    LogAnalyticsSource logAnalyticsSource(KubeledgerProperties properties, ObjectProvider<AzureClients> azure) {
        return isAzure(properties) ? new AzureLogAnalyticsSource(azure.getObject())
                : new LocalSnapshotLogAnalyticsSource(properties.localRoot());
    }

    @Bean
    ArmSource armSource(KubeledgerProperties properties, ObjectProvider<AzureClients> azure) {
        return isAzure(properties) ? new AzureArmSource(azure.getObject())
                : new LocalSnapshotArmSource(properties.localRoot());
    }

    @Bean
    PrometheusSource prometheusSource(KubeledgerProperties properties, ObjectProvider<AzureClients> azure) {
        return isAzure(properties) ? new AzurePrometheusSource(azure.getObject())
                : new LocalSnapshotPrometheusSource(properties.localRoot());
    }

    @Bean
    @Lazy
    BlobPublisher blobPublisher(ObjectProvider<AzureClients> azure) {
        return new AzureBlobPublisher(azure.getObject());
    }

    private static boolean isAzure(KubeledgerProperties properties) {
        return KubeledgerProperties.AZURE.equals(properties.source());
    }

}
