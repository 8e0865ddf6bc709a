package io.kubeledger;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.ComponentScan.Filter;
import org.springframework.context.annotation.FilterType;

import io.kubeledger.config.KubeledgerProperties;

/**
 * The job's application without {@link NightlyJobRunner}, which would start the whole job
 * as the context starts: the step tests start the steps they test themselves.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@EnableConfigurationProperties(KubeledgerProperties.class)
@ComponentScan(basePackageClasses = KubeledgerApplication.class,
        excludeFilters = @Filter(type = FilterType.ASSIGNABLE_TYPE,
                classes = { KubeledgerApplication.class, NightlyJobRunner.class, StepsOnlyApplication.class }))
public class StepsOnlyApplication {

}
