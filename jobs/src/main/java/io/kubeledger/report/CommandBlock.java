package io.kubeledger.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A shell command laid out for a page: wrapped only at spaces, each line but the last
 * ending in a line continuation ({@code \}), so that a copy of the block, pasted into a
 * shell, runs as the one command it is.
 */
final class CommandBlock {

    /**
     * Characters of the monospace 7-point font across the PDF's text width, less room for
     * the continuation.
     */
    static final int COLUMNS = 118;

    private static final String CONTINUATION = " \\";

    private static final String INDENT = "    ";

    private CommandBlock() {
    }

    /**
     * The command in lines of at most {@code columns} characters where its words allow;
     * null stays null.
     */
    static String wrap(String command, int columns) {
        if (command == null || command.isEmpty()) {
            return null;
        }
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : command.split(" ")) {
            if (!line.isEmpty() && line.length() + 1 + word.length() + CONTINUATION.length() > columns) {
                lines.add(line + CONTINUATION);
                line = new StringBuilder(INDENT);
            }
            if (!line.isEmpty() && !line.toString().equals(INDENT)) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        return String.join("\n", lines);
    }

}
