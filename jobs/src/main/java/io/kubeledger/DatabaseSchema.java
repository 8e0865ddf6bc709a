package io.kubeledger;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;
import org.springframework.stereotype.Component;

/**
 * Creates the job's tables ({@code sql/schema/kubeledger.sql}) at start-up, before any run: working tables afresh,
 * lasting ones if missing. The script is written for H2; on PostgreSQL two phrases are spelled as it names them: the
 * exact decimal without a scale, and a scratch table kept out of the durable store (H2's in-memory table, PostgreSQL's
 * unlogged one).
 */
@Component
public class DatabaseSchema {

    private static final Map<String, Dialect> DIALECTS = Map.of(
            "H2", new Dialect("DECFLOAT", "CREATE MEMORY TABLE", ") NOT PERSISTENT;"),
            "PostgreSQL", new Dialect("NUMERIC", "CREATE UNLOGGED TABLE", ");"));
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
            ScriptUtils.executeSqlScript(connection, new ByteArrayResource(script.getBytes(StandardCharsets.UTF_8)));
        }
    }

    /** How a database spells what the script writes in H2's words. */
    private record Dialect(String exactDecimal, String createScratchTable, String endScratchTable) {
    }
}
