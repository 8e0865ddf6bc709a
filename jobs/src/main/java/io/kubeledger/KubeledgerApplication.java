package io.kubeledger;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

import io.kubeledger.config.KubeledgerProperties;

/**
 * The nightly kubeledger job. The exit code tells Kubernetes whether the run succeeded.
 */
@SpringBootApplication
@EnableConfigurationProperties(KubeledgerProperties.class)
public class KubeledgerApplication {

    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(KubeledgerApplication.class, args)));
    }

}
