package io.kubeledger.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.kubeledger.rightsizing.ContainerKey;
import io.kubeledger.rightsizing.ContainerRecommendation;
import io.kubeledger.rightsizing.Quantities;
import io.kubeledger.rightsizing.RequestAction;

class RightsizingLinesTests {

    @ParameterizedTest
    @CsvSource({ "1.7, 0.368, 1700m→368m", "2, 4, 2→4 cores", "2, 0.26, 2000m→260m", "0, 0.065, 0m→65m" })
    void aLinesCpuFiguresShareOneUnit(double from, double to, String shown) {
        assertThat(RightsizingLines.cpu(from, to)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({ "6912, 3474, 6912Mi→3474Mi", "4096, 2048, 4Gi→2Gi", "4096, 768, 4096Mi→768Mi" })
    void aLinesMemoryFiguresShareOneUnit(long fromMib, long toMib, String shown) {
        assertThat(RightsizingLines.memory(fromMib * Quantities.MIB, toMib * Quantities.MIB)).isEqualTo(shown);
    }

    @Test
    void aChangeThatRaisesARequestWarnsThatALimitBelowItBlocksIt() {
        // given: an upsize of memory, a resize raising CPU, a downsize of both
        ContainerRecommendation upsize = container(RequestAction.UPSIZE, 0.5, 0.5, 1e9, 2e9);
        ContainerRecommendation resize = container(RequestAction.RESIZE, 0.5, 0.8, 2e9, 1e9);
        ContainerRecommendation downsize = container(RequestAction.DOWNSIZE, 0.5, 0.2, 2e9, 1e9);

        // then
        assertThat(RightsizingLines.container("s", "payments", upsize).note()).endsWith(RightsizingLines.LIMIT_WARNING);
        assertThat(RightsizingLines.container("s", "payments", resize).note()).endsWith(RightsizingLines.LIMIT_WARNING);
        assertThat(RightsizingLines.container("s", "payments", downsize).note()).doesNotContain("limit");
    }

    private static ContainerRecommendation container(RequestAction action, double cpuFrom, double cpuTo, double ramFrom,
            double ramTo) {
        return new ContainerRecommendation(new ContainerKey("aks-1", "payments", "deployment", "api", "api"),
                "payments", 14, cpuFrom, 0.2, 0.3, cpuTo, ramFrom, 2e8, 3e8, ramTo, new BigDecimal("-1.00"), action, "",
                null);
    }

    @Test
    void aLongCommandWrapsOnlyAtSpacesWithLineContinuations() {
        String command = "kubectl -n payments-jobs set resources deployment/payments-svc-2 -c istio-proxy "
                + "--requests=cpu=849m,memory=3179Mi";

        String block = CommandBlock.wrap(command, 60);

        assertThat(block).isEqualTo("kubectl -n payments-jobs set resources \\\n"
                + "    deployment/payments-svc-2 -c istio-proxy \\\n" + "    --requests=cpu=849m,memory=3179Mi");
        assertThat(block.lines()).allMatch(line -> line.length() <= 60);
        assertThat(block.replace(" \\\n    ", " ")).isEqualTo(command);
        assertThat(CommandBlock.wrap("az monitor log-analytics", 60)).isEqualTo("az monitor log-analytics");
        assertThat(CommandBlock.wrap("", 60)).isNull();
    }

}
