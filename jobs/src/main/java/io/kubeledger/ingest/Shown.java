package io.kubeledger.ingest;

/**
 * What a message may repeat of an input it could not read: a short prefix, its control
 * characters (and the replacement character of undecodable bytes) escaped, so that a
 * hostile or binary value neither floods a log nor writes to the terminal that reads it.
 */
public final class Shown {

    static final int MAX_SHOWN = 64;

    private Shown() {
    }

    public static String prefix(String text) {
        StringBuilder shown = new StringBuilder();
        int end = Math.min(text.length(), MAX_SHOWN);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) || c == '\uFFFD' || Character.isSurrogate(c) && i == end - 1) {
                shown.append(String.format("\\u%04X", (int) c));
            }
            else {
                shown.append(c);
            }
        }
        return text.length() > MAX_SHOWN ? shown.append('…').toString() : shown.toString();
    }

}
