package org.onus.core.persistence;

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

    /** Where the SQL migrations live: those for every database, and those for one kind only. */
    public static final String[] LOCATIONS = {"classpath:db/migration", "classpath:db/vendor/{vendor}"};

    private DatabaseMigrations() {}

    public static MigrateResult migrate(DataSource dataSource) {
        return configure(dataSource).load().migrate();
    }

    static org.flywaydb.core.api.configuration.FluentConfiguration configure(DataSource dataSource) {
        return Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(LOCATIONS)
                .failOnMissingLocations(false)
                // Java migrations are listed, not scanned: scanning classes inside an EAR is fragile.
                .javaMigrations(new V1_0__ProcessEngineSchema(), new V2_3__Region_reference_data())
                .validateMigrationNaming(true)
                .cleanDisabled(true);
    }
}
