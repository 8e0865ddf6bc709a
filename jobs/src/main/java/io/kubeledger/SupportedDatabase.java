package io.kubeledger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.stereotype.Component;

import io.kubeledger.config.KubeledgerProperties.InvalidConfigurationException;

/**
 * Refuses a job database other than H2 and PostgreSQL before Flyway migrates it: only
 * they have migrations ({@code sql/schema/migration/<vendor>/}), and Flyway would
 * otherwise fail naming a folder rather than the database.
 */
@Component
class SupportedDatabase implements FlywayConfigurationCustomizer {

    private static final Set<String> SUPPORTED = Set.of("H2", "PostgreSQL");

    @Override
    public void customize(FluentConfiguration configuration) {
        String product;
        try (Connection connection = configuration.getDataSource().getConnection()) {
            product = connection.getMetaData().getDatabaseProductName();
        }
        catch (SQLException e) {
            // A database that cannot be reached is Flyway's to report, with its cause, as
            // it connects.
            return;
        }
        if (!SUPPORTED.contains(product)) {
            throw new InvalidConfigurationException(
                    List.of("spring.datasource.url: kubeledger runs on H2 or " + "PostgreSQL, not on " + product));
        }
    }

}
