package org.onus.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.output.MigrateResult;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DatabaseMigrationsTest {

    private JdbcDataSource dataSource;

    @BeforeEach
    void freshDatabase() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:migrations-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
    }

    @Test
    void buildsTheDomainAndProcessEngineSchemaOnAnEmptyDatabase() throws SQLException {
        MigrateResult result = DatabaseMigrations.migrate(dataSource);

        assertThat(result.success).isTrue();
        assertThat(tables())
                .contains(
                        "ORGANISATION",
                        "ACT_RU_EXECUTION",
                        "ACT_RU_TASK",
                        "ACT_HI_PROCINST",
                        "ACT_RE_DECISION_DEF",
                        "ACT_GE_PROPERTY");
    }

    @Test
    void aSecondRunAppliesNothing() {
        DatabaseMigrations.migrate(dataSource);

        MigrateResult again = DatabaseMigrations.migrate(dataSource);

        assertThat(again.migrationsExecuted).isZero();
    }

    @Test
    void eachKindOfDatabaseGetsItsOwnMigrationsToo() {
        assertThat(DatabaseMigrations.vendor(dataSource)).isEqualTo("h2");
        assertThat(DatabaseMigrations.configure(dataSource).getLocations())
                .extracting(Object::toString)
                .containsExactly("classpath:db/migration", "classpath:db/vendor/h2");
    }

    private List<String> tables() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toUpperCase());
            }
        }
        return names;
    }
}
