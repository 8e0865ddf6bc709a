package io.kubeledger.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BoundedLineReaderTests {

    @ParameterizedTest(name = "line end {0}")
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void readsLinesAsBufferedReaderDoes(String end) throws IOException {
        // given: an empty line, and a last line without an end
        String text = "a,b" + end + end + "c" + end + "last";

        // when / then
        assertThat(lines(text, 100)).containsExactly("a,b", "", "c", "last");
    }

    @Test
    void aCarriageReturnAndItsLineFeedAcrossTheBufferStayOneLineEnd() throws IOException {
        // given: CR as the buffer's last character, LF as the next buffer's first
        String first = "x".repeat((1 << 16) - 1);

        // when / then
        assertThat(lines(first + "\r\nnext\n", 1 << 17)).containsExactly(first, "next");
    }

    @Test
    void aLineLongerThanTheLimitIsCutMarkedAndTheNextLineIsWhole() throws IOException {
        // given: a line of 200,000 characters, over several buffers, with a limit of 1,000
        BoundedLineReader reader = new BoundedLineReader(new StringReader("y".repeat(200_000) + "\nnext\n"), 1000);

        // when
        String longLine = reader.readLine();
        boolean cut = reader.lastLineTooLong();
        String next = reader.readLine();

        // then
        assertThat(longLine).hasSize(1000);
        assertThat(cut).isTrue();
        assertThat(next).isEqualTo("next");
        assertThat(reader.lastLineTooLong()).isFalse();
        assertThat(reader.readLine()).isNull();
    }

    private static List<String> lines(String text, int maxLength) throws IOException {
        List<String> lines = new ArrayList<>();
        try (BoundedLineReader reader = new BoundedLineReader(new StringReader(text), maxLength)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                assertThat(reader.lastLineTooLong()).isFalse();
                lines.add(line);
            }
        }
        return lines;
    }
}
