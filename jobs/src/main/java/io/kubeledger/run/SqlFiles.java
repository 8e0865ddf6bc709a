package io.kubeledger.run;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Loads the SQL kept under {@code sql/} (on the classpath as {@code sql/}) by its path,
 * e.g. {@code chargeback/by-team.sql}.
 */
public final class SqlFiles {

    private SqlFiles() {
    }

    public static String load(String path) {
        try (InputStream in = SqlFiles.class.getResourceAsStream("/sql/" + path)) {
            if (in == null) {
                throw new IllegalStateException("no SQL file sql/" + path + " on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read sql/" + path, e);
        }
    }

}
