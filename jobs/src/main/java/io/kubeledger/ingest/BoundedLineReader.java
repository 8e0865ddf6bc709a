package io.kubeledger.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads the lines of a UTF-8 stream as bytes (ends: LF, CR LF or CR, as
 * {@link java.io.BufferedReader#readLine()}), in place in its buffer: the export's fields
 * are cut and parsed from the bytes, without decoding a line to characters first. A UTF-8
 * line end is one byte that no multi-byte character contains, so lines are found without
 * decoding. It keeps at most {@code maxLength} bytes of a line: the rest of a longer line
 * is skipped and the line marked too long. No export row comes near a megabyte, so only a
 * corrupt file has such lines, and it must not exhaust the heap.
 */
final class BoundedLineReader implements Closeable {

    private static final int BUFFER_BYTES = 1 << 16;

    private final InputStream in;

    private final int maxLength;

    private byte[] buffer = new byte[BUFFER_BYTES];

    /**
     * Bytes read into the buffer and not yet returned as a line:
     * {@code [position, limit)}.
     */
    private int position;

    private int limit;

    private boolean skipLineFeed;

    private boolean ended;

    private int lineStart;

    private int lineEnd;

    private boolean tooLong;

    BoundedLineReader(InputStream in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /**
     * Moves to the next line, whose bytes are {@code [lineStart(), lineEnd())} of
     * {@link #buffer()} until the next call; false at the end of the input.
     */
    boolean next() throws IOException {
        tooLong = false;
        int scanned = position;
        while (true) {
            if (skipLineFeed && position < limit) {
                skipLineFeed = false;
                if (buffer[position] == '\n') {
                    position++;
                    scanned = position;
                }
            }
            int end = scanned;
            while (end < limit && buffer[end] != '\n' && buffer[end] != '\r') {
                end++;
            }
            if (end < limit) {
                skipLineFeed = buffer[end] == '\r';
                return line(end, end + 1);
            }
            if (ended) {
                return position < limit && line(limit, limit);
            }
            if (limit - position > maxLength) {
                // Keep the line's first maxLength bytes (all searched for its end) and
                // drop what follows.
                tooLong = true;
                limit = position + maxLength;
            }
            scanned = limit - position;
            fill();
        }
    }

    private boolean line(int end, int next) {
        tooLong |= end - position > maxLength;
        lineStart = position;
        lineEnd = Math.min(end, position + maxLength);
        position = next;
        return true;
    }

    byte[] buffer() {
        return buffer;
    }

    int lineStart() {
        return lineStart;
    }

    int lineEnd() {
        return lineEnd;
    }

    /**
     * The current line as text: invalid UTF-8 is replaced by U+FFFD, as a decoding reader
     * does.
     */
    String lineText() {
        return new String(buffer, lineStart, lineEnd - lineStart, StandardCharsets.UTF_8);
    }

    /** Whether the current line was longer than {@code maxLength} bytes and was cut. */
    boolean lastLineTooLong() {
        return tooLong;
    }

    /**
     * Keeps the unreturned bytes at the buffer's start, growing it for a long line, and
     * reads more after them.
     */
    private void fill() throws IOException {
        int kept = limit - position;
        if (kept == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        else {
            System.arraycopy(buffer, position, buffer, 0, kept);
        }
        position = 0;
        limit = kept;
        int read = in.read(buffer, limit, buffer.length - limit);
        if (read < 0) {
            ended = true;
        }
        else {
            limit += read;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

}
