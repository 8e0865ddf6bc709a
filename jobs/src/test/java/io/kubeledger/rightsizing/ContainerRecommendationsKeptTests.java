package io.kubeledger.rightsizing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class ContainerRecommendationsKeptTests {

    @Test
    void recommendationsComeBiggestSavingFirstThenByContainerWhateverTheOrderTheyCameIn() {
        // given: two clusters' recommendations added from two threads at once
        Recommendations recommendations = new Recommendations();
        List<ContainerRecommendation> clusterA = List.of(recommendation("aks-a", "web", "5.00"),
                recommendation("aks-a", "api", "-2.50"), recommendation("aks-a", "db", "5.00"));
        List<ContainerRecommendation> clusterB = List.of(recommendation("aks-b", "api", "5.00"),
                recommendation("aks-b", "web", "0.00"));

        // when
        IntStream.range(0, 2).parallel().forEach(i -> recommendations.addContainers(i == 0 ? clusterA : clusterB));

        // then
        assertThat(recommendations.containers()).extracting(r -> r.key().cluster() + "/" + r.key().container())
            .containsExactly("aks-a/db", "aks-a/web", "aks-b/api", "aks-b/web", "aks-a/api");
    }

    private static ContainerRecommendation recommendation(String cluster, String container, String savings) {
        return new ContainerRecommendation(new ContainerKey(cluster, "shop", "deployment", container, container),
                "payments", 14, 1, 0.2, 0.3, 0.4, 1e9, 2e8, 3e8, 4e8, new BigDecimal(savings), RequestAction.DOWNSIZE,
                "why", null);
    }

}
