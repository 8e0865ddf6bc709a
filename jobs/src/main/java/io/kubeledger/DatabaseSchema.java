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
 * lasting ones if missing. One script serves H2 and PostgreSQL; only the exact decimal without a scale is spelled
 * differently, as each database names it.
 */
@Component
public class DatabaseSchema {

    private static final Map<String, String> EXACT_DECIMAL = Map.of("H2", "DECFLOAT", "PostgreSQL", "NUMERIC");

    public DatabaseSchema(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            String decimal = EXACT_DECIMAL.get(product);
            if (decimal == null) {
                throw new IllegalStateException("spring.datasource.url: kubeledger runs on H2 or PostgreSQL, not on "
                        + product);
            }
            String script = SqlFiles.load("schema/kubeledger.sql").replace("DECFLOAT", decimal);
            ScriptUtils.executeSqlScript(connection, new ByteArrayResource(script.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
