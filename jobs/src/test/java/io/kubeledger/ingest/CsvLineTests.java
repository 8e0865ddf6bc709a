package io.kubeledger.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvLineTests {

    @Test
    void splitsQuotedFieldsWithDoubledQuotesAndCommas() {
        assertThat(texts("a,\"{\"\"x\"\":\"\"1,2\"\"}\",,c")).containsExactly("a", "{\"x\":\"1,2\"}", "", "c");
    }

    @Test
    void keepsTrailingEmptyFields() {
        assertThat(texts("a,,")).containsExactly("a", "", "");
    }

    @Test
    void rejectsBrokenQuoting() {
        assertThatThrownBy(() -> texts("a,\"open")).hasMessageContaining("unterminated");
        assertThatThrownBy(() -> texts("a,b\"c")).hasMessageContaining("quote inside");
        assertThatThrownBy(() -> texts("\"a\"b,c")).hasMessageContaining("after a closing quote");
    }

    @Test
    void pointsAtTheCharacterOfBrokenQuotingBeyondAscii() {
        assertThatThrownBy(() -> texts("ü,b\"c")).hasMessageEndingWith("at character 4");
        assertThatThrownBy(() -> texts("ü,\"支\"x")).hasMessageEndingWith("at character 6");
    }

    @Test
    void cutsFieldsAsRangesOfTheLineWithoutTheirQuotes() {
        // given: a line in the middle of a buffer
        byte[] buffer = "xx\"a\"\"b\",c\n".getBytes(StandardCharsets.UTF_8);
        CsvLine line = new CsvLine();

        // when
        line.split(buffer, 2, buffer.length - 1);

        // then
        assertThat(line.size()).isEqualTo(2);
        assertThat(line.start(0)).isEqualTo(3);
        assertThat(line.end(0)).isEqualTo(7);
        assertThat(line.text(0)).isEqualTo("a\"b");
        assertThat(line.rawKey(0)).isEqualTo("a\"\"b");
        assertThat(line.text(1)).isEqualTo("c");
        assertThat(line.isEmpty(1)).isFalse();
    }

    private static List<String> texts(String line) {
        return CsvLine.of(line).texts();
    }

}
