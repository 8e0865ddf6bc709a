package io.kubeledger.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one CSV line into fields (RFC 4180 quoting, doubled quotes inside quoted fields). OpenCost never writes a
 * line break inside a field, so one physical line is one row, and a broken row cannot swallow the rows after it.
 */
final class CsvLine {

    private CsvLine() {
    }

    static List<String> split(String line) {
        List<String> fields = new ArrayList<>(24);
        int length = line.length();
        int start = 0;
        int nextQuote = line.indexOf('"');
        while (true) {
            if (start < length && line.charAt(start) == '"') {
                start = quotedField(line, start, fields);
                if (start == length) {
                    return fields;
                }
                start++;
                nextQuote = line.indexOf('"', start);
                continue;
            }
            int comma = line.indexOf(',', start);
            int end = comma < 0 ? length : comma;
            if (nextQuote >= 0 && nextQuote < end) {
                throw new IllegalArgumentException("quote inside an unquoted field at character " + (nextQuote + 1));
            }
            fields.add(line.substring(start, end));
            if (comma < 0) {
                return fields;
            }
            start = comma + 1;
        }
    }

    /** Adds the quoted field opening at {@code open} and returns the index after its closing quote (a comma or the end). */
    private static int quotedField(String line, int open, List<String> fields) {
        StringBuilder unescaped = null;
        int segment = open + 1;
        int from = segment;
        while (true) {
            int quote = line.indexOf('"', from);
            if (quote < 0) {
                throw new IllegalArgumentException("unterminated quoted field");
            }
            if (quote + 1 < line.length() && line.charAt(quote + 1) == '"') {
                unescaped = unescaped == null ? new StringBuilder() : unescaped;
                unescaped.append(line, segment, quote + 1);
                from = quote + 2;
                segment = from;
                continue;
            }
            fields.add(unescaped == null ? line.substring(segment, quote)
                    : unescaped.append(line, segment, quote).toString());
            if (quote + 1 < line.length() && line.charAt(quote + 1) != ',') {
                throw new IllegalArgumentException("text after a closing quote at character " + (quote + 2));
            }
            return quote + 1;
        }
    }
}
