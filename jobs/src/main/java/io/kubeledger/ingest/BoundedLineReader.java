package io.kubeledger.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads lines as {@link java.io.BufferedReader#readLine()} does (ends: LF, CR LF or CR), but keeps at most
 * {@code maxLength} characters of a line: the rest of a longer line is skipped and the line marked too long. No export
 * row comes near a megabyte, so only a corrupt file has such lines, and it must not exhaust the heap.
 */
final class BoundedLineReader implements Closeable {

    private final Reader in;
    private final int maxLength;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private boolean skipLineFeed;
    private boolean tooLong;

    BoundedLineReader(Reader in, int maxLength) {
        this.in = in;
        this.maxLength = maxLength;
    }

    /** The next line without its end, cut to {@code maxLength} characters; null at the end of the input. */
    String readLine() throws IOException {
        StringBuilder line = null;
        tooLong = false;
        while (true) {
            if (position == limit && !fill()) {
                return line == null ? null : line.toString();
            }
            if (skipLineFeed) {
                skipLineFeed = false;
                if (buffer[position] == '\n') {
                    position++;
                    continue;
                }
            }
            int start = position;
            while (position < limit && buffer[position] != '\n' && buffer[position] != '\r') {
                position++;
            }
            if (line == null && position < limit && position - start <= maxLength) {
                // The usual line: whole within the buffer, copied once.
                skipLineFeed = buffer[position] == '\r';
                return new String(buffer, start, position++ - start);
            }
            line = append(line, start, position);
            if (position < limit) {
                skipLineFeed = buffer[position] == '\r';
                position++;
                return line.toString();
            }
        }
    }

    /** Whether the line last read was longer than {@code maxLength} and was cut. */
    boolean lastLineTooLong() {
        return tooLong;
    }

    private StringBuilder append(StringBuilder line, int start, int end) {
        StringBuilder text = line == null ? new StringBuilder(Math.min(end - start, maxLength)) : line;
        int room = maxLength - text.length();
        if (end - start > room) {
            tooLong = true;
        }
        text.append(buffer, start, Math.min(end - start, Math.max(room, 0)));
        return text;
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer, 0, buffer.length);
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
