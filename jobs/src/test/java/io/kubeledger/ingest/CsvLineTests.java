package io.kubeledger.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvLineTests {

    @Test
    void splitsQuotedFieldsWithDoubledQuotesAndCommas() {
        assertThat(CsvLine.split("a,\"{\"\"x\"\":\"\"1,2\"\"}\",,c"))
                .containsExactly("a", "{\"x\":\"1,2\"}", "", "c");
    }

    @Test
    void keepsTrailingEmptyFields() {
        assertThat(CsvLine.split("a,,")).containsExactly("a", "", "");
    }

    @Test
    void rejectsBrokenQuoting() {
        assertThatThrownBy(() -> CsvLine.split("a,\"open")).hasMessageContaining("unterminated");
        assertThatThrownBy(() -> CsvLine.split("a,b\"c")).hasMessageContaining("quote inside");
        assertThatThrownBy(() -> CsvLine.split("\"a\"b,c")).hasMessageContaining("after a closing quote");
    }
}
