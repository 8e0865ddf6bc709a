package io.kubeledger.source;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.kubeledger.KubeledgerProperties;

/** Chooses where inputs come from, by {@code kubeledger.source}. */
@Configuration(proxyBeanMethods = false)
public class SourceConfiguration {

    @Bean
    BlobSource blobSource(KubeledgerProperties properties) {
        return new LocalSnapshotBlobSource(properties.localRoot());
    }

    @Bean
    LogAnalyticsSource logAnalyticsSource(KubeledgerProperties properties) {
        return new LocalSnapshotLogAnalyticsSource(properties.localRoot());
    }

    @Bean
    ArmSource armSource(KubeledgerProperties properties) {
        return new LocalSnapshotArmSource(properties.localRoot());
    }
}
