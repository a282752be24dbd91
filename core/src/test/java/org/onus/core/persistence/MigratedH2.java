package org.onus.core.persistence;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

/**
 * Repository tests on the production schema: a fresh in-memory H2 database migrated by the
 * application's own Flyway migrations, and Hibernate validating the tested entities against it.
 */
public final class MigratedH2 {

    private MigratedH2() {}

    /** A new database of its own for each call; it lives until the JVM ends. */
    public static JdbcDataSource dataSource(String name) {
        JdbcDataSource dataSource = new JdbcDataSource();
        // A test that makes two transactions wait on each other needs more than H2's default wait.
        dataSource.setURL("jdbc:h2:mem:" + name + "-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=20000");
        dataSource.setUser("sa");
        DatabaseMigrations.migrate(dataSource);
        return dataSource;
    }

    /** Sessions on the database for the given entities only, mapped as WildFly maps them. */
    public static SessionFactory sessions(DataSource dataSource, Class<?>... entities) {
        Configuration configuration = new Configuration();
        // No JSON columns here; this keeps Hibernate from looking for a JSON-B provider WildFly would supply.
        configuration.getProperties().put("hibernate.type.json_format_mapper", new NoJsonFormat());
        configuration.getProperties().put("hibernate.type.xml_format_mapper", new NoJsonFormat());
        configuration.getProperties().put("hibernate.connection.datasource", dataSource);
        for (Class<?> entity : entities) {
            configuration.addAnnotatedClass(entity);
        }
        return configuration
                .setProperty("hibernate.hbm2ddl.auto", "validate")
                .setProperty("hibernate.search.enabled", "false")
                .setProperty("hibernate.integration.envers.enabled", "false")
                .buildSessionFactory();
    }
}
