package org.onus.core.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.onus.core.persistence.migration.V1_0__ProcessEngineSchema;
import org.onus.core.persistence.migration.V2_3__Region_reference_data;

/**
 * Brings a database to the current schema. Runs at deployment, before Hibernate validates the
 * mapping, and from tests against a bare database.
 */
public final class DatabaseMigrations {

    /** Where the SQL migrations for every database live. */
    static final String COMMON = "classpath:db/migration";

    /** Where the migrations for one kind of database only live, e.g. {@code db/vendor/postgresql}. */
    static final String VENDOR = "classpath:db/vendor/";

    private DatabaseMigrations() {}

    public static MigrateResult migrate(DataSource dataSource) {
        return configure(dataSource).load().migrate();
    }

    static org.flywaydb.core.api.configuration.FluentConfiguration configure(DataSource dataSource) {
        return Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(COMMON, VENDOR + vendor(dataSource))
                .failOnMissingLocations(false)
                // Java migrations are listed, not scanned: scanning classes inside an EAR is fragile.
                .javaMigrations(new V1_0__ProcessEngineSchema(), new V2_3__Region_reference_data())
                .validateMigrationNaming(true)
                .cleanDisabled(true);
    }

    /**
     * The kind of database, as the folder name of its own migrations. (Flyway itself has no
     * {@code {vendor}} placeholder in locations; that is a Spring Boot feature.)
     */
    static String vendor(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return product.contains("postgres") ? "postgresql" : product.replaceAll("[^a-z0-9]", "");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database to migrate it: " + e.getMessage(), e);
        }
    }
}
