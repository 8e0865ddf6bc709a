package io.kubeledger.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoundedLineReaderTests {

    @ParameterizedTest(name = "line end {0}")
    @ValueSource(strings = { "\n", "\r\n", "\r" })
    void readsLinesAsBufferedReaderDoes(String end) throws IOException {
        // given: an empty line, and a last line without an end
        String text = "a,b" + end + end + "c" + end + "last";

        // when / then
        assertThat(lines(text, 100)).containsExactly("a,b", "", "c", "last");
    }

    @Test
    void aCarriageReturnAndItsLineFeedAcrossTheBufferStayOneLineEnd() throws IOException {
        // given: CR as the buffer's last byte, LF as the next buffer's first
        String first = "x".repeat((1 << 16) - 1);

        // when / then
        assertThat(lines(first + "\r\nnext\n", 1 << 17)).containsExactly(first, "next");
    }

    @Test
    void aLineLongerThanTheLimitIsCutMarkedAndTheNextLineIsWhole() throws IOException {
        // given: a line of 200,000 bytes, over several buffers, with a limit of 1,000
        BoundedLineReader reader = reader("y".repeat(200_000) + "\nnext\n", 1000);

        // when
        reader.next();
        String longLine = reader.lineText();
        boolean cut = reader.lastLineTooLong();
        reader.next();
        String next = reader.lineText();

        // then
        assertThat(longLine).hasSize(1000);
        assertThat(cut).isTrue();
        assertThat(next).isEqualTo("next");
        assertThat(reader.lastLineTooLong()).isFalse();
        assertThat(reader.next()).isFalse();
    }

    @Test
    void aLineAsLongAsTheLimitIsWholeAndALastLineWithoutEndIsCutToo() throws IOException {
        // when / then
        assertThat(lines("a".repeat(1000) + "\n", 1000)).containsExactly("a".repeat(1000));
        BoundedLineReader reader = reader("b".repeat(1001), 1000);
        assertThat(reader.next()).isTrue();
        assertThat(reader.lastLineTooLong()).isTrue();
        assertThat(reader.lineText()).isEqualTo("b".repeat(1000));
        assertThat(reader.next()).isFalse();
    }

    @Test
    void linesBeyondAsciiAreFoundOnTheirBytesAndDecodedWhole() throws IOException {
        // given: multi-byte characters on both sides of the buffer's end
        String first = "ü".repeat(40_000);

        // when / then
        assertThat(lines(first + "\n支付\r\n", 1 << 20)).containsExactly(first, "支付");
    }

    private static List<String> lines(String text, int maxLength) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BoundedLineReader reader = reader(text, maxLength)) {
            while (reader.next()) {
                assertThat(reader.lastLineTooLong()).isFalse();
                lines.add(reader.lineText());
            }
        }
        return lines;
    }

    private static BoundedLineReader reader(String text, int maxLength) {
        return new BoundedLineReader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), maxLength);
    }

}
