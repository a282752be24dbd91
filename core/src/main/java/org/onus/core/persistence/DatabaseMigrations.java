package org.onus.core.persistence;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.onus.core.persistence.migration.V1_0__ProcessEngineSchema;

/**
 * Brings a database to the current schema. Runs at deployment, before Hibernate validates the
 * mapping, and from tests against a bare database.
 */
public final class DatabaseMigrations {

    /** Where the SQL migrations live, on every database. */
    public static final String LOCATION = "classpath:db/migration";

    private DatabaseMigrations() {}

    public static MigrateResult migrate(DataSource dataSource) {
        return configure(dataSource).load().migrate();
    }

    static org.flywaydb.core.api.configuration.FluentConfiguration configure(DataSource dataSource) {
        return Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATION)
                // Java migrations are listed, not scanned: scanning classes inside an EAR is fragile.
                .javaMigrations(new V1_0__ProcessEngineSchema())
                .validateMigrationNaming(true)
                .cleanDisabled(true);
    }
}
