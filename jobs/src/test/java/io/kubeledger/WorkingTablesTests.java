package io.kubeledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The working tables are one design in two databases' words: PostgreSQL's script is H2's with H2's exact decimal,
 * in-memory table and its ending spelled as PostgreSQL spells them (NUMERIC, UNLOGGED), comments aside.
 */
class WorkingTablesTests {

    private static final Path SCRIPTS = Path.of("../sql/schema/working-tables");

    @Test
    void postgresqlsScriptIsH2sInPostgresqlsWords() throws IOException {
        String h2 = statements(SCRIPTS.resolve("h2.sql")).replace("DECFLOAT", "NUMERIC")
                .replace("CREATE MEMORY TABLE", "CREATE UNLOGGED TABLE").replace(") NOT PERSISTENT;", ");");

        assertThat(statements(SCRIPTS.resolve("postgresql.sql"))).isEqualTo(h2);
    }

    private static String statements(Path script) throws IOException {
        return Files.readString(script).replaceAll("(?m)^--.*\\n", "");
    }
}
