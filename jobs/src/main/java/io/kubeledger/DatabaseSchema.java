package io.kubeledger;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

import io.kubeledger.run.SqlFiles;

/**
 * Creates the runs' working tables at start-up, before any run, from the database's own script
 * ({@code sql/schema/working-tables/<vendor>.sql}); Flyway migrates the lasting ones ({@code sql/schema/migration/}).
 * Being scratch, the working tables are rebuilt rather than migrated, and only when the database's are not already
 * this version's (a digest of the script, kept in {@code kubeledger_schema}): the shards of a fleet share one database,
 * and a shard starting late must not rebuild the tables under the others. On PostgreSQL, starts wait for each other on
 * a lock while they look.
 */
@Component
public class DatabaseSchema {

    private static final Map<String, Vendor> VENDORS = Map.of(
            "H2", new Vendor("h2", null),
            "PostgreSQL", new Vendor("postgresql", "SELECT pg_advisory_xact_lock(" + 0x6b6c + ", -2)"));

    public DatabaseSchema(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            Vendor vendor = VENDORS.get(product);
            if (vendor == null) {
                throw new IllegalStateException("spring.datasource.url: kubeledger runs on H2 or PostgreSQL, not on "
                        + product);
            }
            String script = SqlFiles.load("schema/working-tables/" + vendor.folder() + ".sql");
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                if (vendor.lock() != null) {
                    statement.execute(vendor.lock());
                }
                statement.execute("CREATE TABLE IF NOT EXISTS kubeledger_schema (digest VARCHAR(64) NOT NULL)");
                String digest = digest(script);
                if (!digest.equals(current(connection))) {
                    ScriptUtils.executeSqlScript(connection,
                            new ByteArrayResource(script.getBytes(StandardCharsets.UTF_8)));
                    statement.execute("DELETE FROM kubeledger_schema");
                    try (PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO kubeledger_schema (digest) VALUES (?)")) {
                        insert.setString(1, digest);
                        insert.execute();
                    }
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }
    }

    private static String current(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet digest = statement.executeQuery("SELECT digest FROM kubeledger_schema")) {
            return digest.next() ? digest.getString(1) : null;
        }
    }

    private static String digest(String script) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(script.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** A database's name in the schema's folders, and how starts take turns on it (or null). */
    private record Vendor(String folder, String lock) {
    }
}
