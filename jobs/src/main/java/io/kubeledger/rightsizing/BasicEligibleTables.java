package io.kubeledger.rightsizing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

import io.kubeledger.run.SqlFiles;

/**
 * The tables that may go on the Basic plan: a data file, one name per line, {@code #}
 * comments.
 */
public final class BasicEligibleTables {

    static final String BUNDLED = "log-analytics/basic-eligible-tables.txt";

    private final Set<String> tables = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    private BasicEligibleTables(String text) {
        text.lines()
            .map(line -> line.replaceFirst("#.*", "").strip())
            .filter(line -> !line.isEmpty())
            .forEach(tables::add);
    }

    /**
     * The configured file, or the list bundled with kubeledger when none is configured.
     */
    public static BasicEligibleTables load(Path file) {
        if (file == null) {
            return new BasicEligibleTables(SqlFiles.load(BUNDLED));
        }
        try {
            return new BasicEligibleTables(Files.readString(file));
        }
        catch (IOException e) {
            throw new UncheckedIOException(
                    "kubeledger.rightsizing.log-tables.basic-eligible-tables: cannot read " + file.toAbsolutePath(), e);
        }
    }

    public boolean contains(String table) {
        return tables.contains(table);
    }

}
