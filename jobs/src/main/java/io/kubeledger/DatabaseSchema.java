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
 * Creates the job's tables ({@code sql/schema/kubeledger.sql}) at start-up, before any run: working tables afresh,
 * lasting ones if missing. The script is written for H2; on PostgreSQL two phrases are spelled as it names them: the
 * exact decimal without a scale, and a scratch table kept out of the durable store (H2's in-memory table, PostgreSQL's
 * unlogged one). The script runs only when the database's tables are not already this version's (a digest of the
 * script, kept in {@code kubeledger_schema}): the shards of a fleet share one database, and a shard starting late must
 * not rebuild the tables under the others. On PostgreSQL, starts wait for each other on a lock while they look.
 */
@Component
public class DatabaseSchema {

    private static final Map<String, Dialect> DIALECTS = Map.of(
            "H2", new Dialect("DECFLOAT", "CREATE MEMORY TABLE", ") NOT PERSISTENT;", null),
            "PostgreSQL", new Dialect("NUMERIC", "CREATE UNLOGGED TABLE", ");",
                    "SELECT pg_advisory_xact_lock(" + 0x6b6c + ", -2)"));
    private static final Dialect SCRIPT = DIALECTS.get("H2");

    public DatabaseSchema(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            Dialect dialect = DIALECTS.get(product);
            if (dialect == null) {
                throw new IllegalStateException("spring.datasource.url: kubeledger runs on H2 or PostgreSQL, not on "
                        + product);
            }
            String script = SqlFiles.load("schema/kubeledger.sql")
                    .replace(SCRIPT.exactDecimal(), dialect.exactDecimal())
                    .replace(SCRIPT.createScratchTable(), dialect.createScratchTable())
                    .replace(SCRIPT.endScratchTable(), dialect.endScratchTable());
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                if (dialect.lock() != null) {
                    statement.execute(dialect.lock());
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

    /** How a database spells what the script writes in H2's words, and how starts take turns on it (or null). */
    private record Dialect(String exactDecimal, String createScratchTable, String endScratchTable, String lock) {
    }
}
