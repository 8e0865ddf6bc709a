package io.kubeledger.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class LogsQueryResponseParserTests {

    private static final String WORKSPACE = "4f083ce3-f12b-bb4b-46ee-9d82b52c856d";

    @Test
    void keepsEveryCellAsWrittenNumbersExactlyAndDynamicAsJson() throws IOException {
        // when
        LogsTable table = parse(
                """
                        {"tables":[{"name":"PrimaryResult","columns":[{"name":"Day","type":"datetime"},
                          {"name":"DataType","type":"string"},{"name":"BillableGB","type":"real"},{"name":"Tags","type":"dynamic"}],
                         "rows":[["2026-11-20T00:00:00Z","Perf",0.1234567890123456789,{"a":1}],
                                 ["2026-11-20T00:00:00Z",null,12,[1,2]]]}]}
                        """);

        // then
        assertThat(table.columns()).extracting(LogsTable.Column::name)
            .containsExactly("Day", "DataType", "BillableGB", "Tags");
        assertThat(table.rows()).containsExactly(
                List.of("2026-11-20T00:00:00Z", "Perf", "0.1234567890123456789", "{\"a\":1}"),
                Arrays.asList("2026-11-20T00:00:00Z", null, "12", "[1,2]"));
    }

    @Test
    void aNumberOfABillionDigitsIsKeptInScientificNotationNotWrittenOut() throws IOException {
        // when
        LogsTable table = parse("""
                {"tables":[{"name":"PrimaryResult","columns":[{"name":"Day","type":"datetime"},
                  {"name":"DataType","type":"string"},{"name":"BillableGB","type":"real"}],
                 "rows":[["2026-11-20T00:00:00Z","Perf",1e999999999],["2026-11-20T00:00:00Z","Syslog",1e30]]}]}
                """);

        // then
        assertThat(table.rows()).extracting(row -> row.get(2)).containsExactly("1E+999999999", "1E+30");
    }

    @Test
    void aPartialErrorFailsNamingWorkspaceQueryAndCode() {
        assertThatThrownBy(() -> parse(
                """
                        {"tables":[{"name":"PrimaryResult","columns":[],"rows":[]}],
                         "error":{"code":"PartialError","message":"There were some errors when processing your query.",
                                  "details":[{"code":"EngineError","message":"Query result set has exceeded the internal data size limit"}]}}
                        """))
            .isInstanceOf(LogQueryFailedException.class)
            .hasMessageContaining(WORKSPACE)
            .hasMessageContaining("query 'usage'")
            .hasMessageContaining("PartialError")
            .hasMessageContaining("incomplete");
    }

    @Test
    void aBodyWithoutResultTablesFails() {
        assertThatThrownBy(() -> parse("{\"value\":[]}")).isInstanceOf(LogQueryFailedException.class)
            .hasMessageContaining("no result table");
    }

    private static LogsTable parse(String body) throws IOException {
        return LogsQueryResponseParser.parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)), WORKSPACE,
                LogQuery.USAGE);
    }

}
