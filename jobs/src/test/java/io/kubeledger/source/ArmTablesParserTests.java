package io.kubeledger.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ArmTablesParserTests {

    @Test
    void readsEachTablesPlanAndTakesAnUnlistedTableForAnalytics() throws IOException {
        // given: booleans as strings and an open plan value, as ARM writes them
        String body = """
                {"value":[
                {"name":"ContainerLogV2","id":"/subscriptions/s/resourceGroups/rg/providers/Microsoft.OperationalInsights/workspaces/w/tables/ContainerLogV2",
                 "properties":{"plan":"Basic","retentionInDays":30,"retentionInDaysAsDefault":"False","schema":{"name":"ContainerLogV2","tableType":"Microsoft"}}},
                {"name":"AppTraces_CL","properties":{"plan":"Auxiliary","retentionInDays":-1}},
                {"name":"Perf","properties":{"plan":"Premium"}}
                ]}
                """;

        // when
        TablePlans plans = ArmTablesParser.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));

        // then
        assertThat(plans.planOf("ContainerLogV2")).isEqualTo("Basic");
        assertThat(plans.planOf("containerlogv2")).isEqualTo("Basic");
        assertThat(plans.planOf("AppTraces_CL")).isEqualTo("Auxiliary");
        assertThat(plans.planOf("Perf")).isEqualTo("Premium");
        assertThat(plans.planOf("Heartbeat")).isEqualTo("Analytics");
    }

}
