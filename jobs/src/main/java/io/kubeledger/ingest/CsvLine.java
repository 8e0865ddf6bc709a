package io.kubeledger.ingest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The fields of one CSV line (RFC 4180 quoting, doubled quotes inside quoted fields), cut
 * from its UTF-8 bytes in place: a field is a range of the line's bytes, made a
 * {@link String} only when it is text the row keeps. OpenCost never writes a line break
 * inside a field, so one physical line is one row, and a broken row cannot swallow the
 * rows after it. One instance is reused line after line.
 */
final class CsvLine {

    private byte[] bytes;

    private int from;

    private int count;

    private int[] starts = new int[32];

    private int[] ends = new int[32];

    /**
     * Whether a field is quoted and has doubled quotes inside, to be unescaped when read
     * as text.
     */
    private boolean[] escaped = new boolean[32];

    /** The fields of a line given as text: the header, and tests. */
    static CsvLine of(String line) {
        byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
        CsvLine fields = new CsvLine();
        fields.split(bytes, 0, bytes.length);
        return fields;
    }

    /**
     * Cuts {@code bytes[from, to)} into fields; a line with broken quoting is refused.
     */
    void split(byte[] line, int from, int to) {
        this.bytes = line;
        this.from = from;
        count = 0;
        int start = from;
        while (true) {
            if (start < to && line[start] == '"') {
                start = quotedField(start, to);
                if (start == to) {
                    return;
                }
                start++;
                continue;
            }
            int end = start;
            while (end < to && line[end] != ',') {
                if (line[end] == '"') {
                    throw new IllegalArgumentException(
                            "quote inside an unquoted field at character " + (characters(end) + 1));
                }
                end++;
            }
            add(start, end, false);
            if (end == to) {
                return;
            }
            start = end + 1;
        }
    }

    /**
     * Adds the quoted field opening at {@code open} and returns the index after its
     * closing quote (a comma or the end).
     */
    private int quotedField(int open, int to) {
        boolean doubled = false;
        int quote = open + 1;
        while (true) {
            while (quote < to && bytes[quote] != '"') {
                quote++;
            }
            if (quote == to) {
                throw new IllegalArgumentException("unterminated quoted field");
            }
            if (quote + 1 < to && bytes[quote + 1] == '"') {
                doubled = true;
                quote += 2;
                continue;
            }
            add(open + 1, quote, doubled);
            if (quote + 1 < to && bytes[quote + 1] != ',') {
                throw new IllegalArgumentException(
                        "text after a closing quote at character " + (characters(quote) + 2));
            }
            return quote + 1;
        }
    }

    private void add(int start, int end, boolean doubled) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
            escaped = Arrays.copyOf(escaped, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        escaped[count] = doubled;
        count++;
    }

    /**
     * The number of characters before {@code to} in the line, for messages that point
     * into it.
     */
    private int characters(int to) {
        return new String(bytes, from, to - from, StandardCharsets.UTF_8).length();
    }

    int size() {
        return count;
    }

    byte[] bytes() {
        return bytes;
    }

    /** Where the field's content starts in {@link #bytes()} (after an opening quote). */
    int start(int field) {
        return starts[field];
    }

    /** Where the field's content ends (before a closing quote). */
    int end(int field) {
        return ends[field];
    }

    boolean isEmpty(int field) {
        return starts[field] == ends[field];
    }

    /** The field as text, its doubled quotes made single. */
    String text(int field) {
        String raw = new String(bytes, starts[field], ends[field] - starts[field], StandardCharsets.UTF_8);
        return escaped[field] ? raw.replace("\"\"", "\"") : raw;
    }

    /**
     * The field's bytes as they stand, one character per byte: a cheap key that tells
     * fields apart (two fields with the same key have the same text), for caches of what
     * a field's text gives.
     */
    String rawKey(int field) {
        return new String(bytes, starts[field], ends[field] - starts[field], StandardCharsets.ISO_8859_1);
    }

    List<String> texts() {
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add(text(i));
        }
        return texts;
    }

}
