package org.onus.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The cluster profile runs Hibernate Search with outbox-polling coordination on a schema that only
 * Flyway creates and Hibernate validates. This boots Hibernate Search that way on the migrated
 * schema, H2 and PostgreSQL: a mismatch between V6_43 and what Hibernate Search maps fails the boot,
 * and a change must go through the outbox table and come out of it into the index.
 */
class SearchOutboxTablesTest {

    private static final String PG_SERVER = "jdbc:postgresql://127.0.0.1:5432/";

    @TempDir
    Path indexDir;

    @ParameterizedTest
    @ValueSource(strings = {"h2", "postgresql"})
    void aChangeGoesThroughTheOutboxTableIntoTheIndex(String kind) throws Exception {
        String pgName = null;
        DataSource dataSource;
        if (kind.equals("h2")) {
            dataSource = MigratedH2.dataSource("search-outbox");
        } else {
            assumeTrue(postgresAnswers(), "no PostgreSQL at " + PG_SERVER);
            pgName = "onus_outbox_"
                    + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
            maintenance("CREATE DATABASE " + pgName);
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(PG_SERVER + pgName);
            pg.setUser("postgres");
            DatabaseMigrations.migrate(pg);
            dataSource = pg;
        }
        try {
            execute(dataSource, "create table outbox_probe (id bigint primary key, text varchar(255))");
            try (SessionFactory sessions = sessions(dataSource)) {
                sessions.inTransaction(s -> s.persist(new OutboxProbe(1L, "cotton picked under quota")));

                // The agent takes the event out of the table and indexes it.
                Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
                List<OutboxProbe> found = List.of();
                while (Instant.now().isBefore(deadline)) {
                    found = sessions.fromSession(s -> Search.session(s)
                            .search(OutboxProbe.class)
                            .where(f -> f.match().field("text").matching("quota"))
                            .fetchHits(10));
                    if (!found.isEmpty() && count(dataSource, "hsearch_outbox_event") == 0) {
                        break;
                    }
                    Thread.sleep(100);
                }
                assertThat(found).extracting(p -> p.id).containsExactly(1L);
                assertThat(count(dataSource, "hsearch_outbox_event")).isZero();
                assertThat(count(dataSource, "hsearch_agent")).isPositive();
            }
        } finally {
            if (pgName != null) {
                maintenance("DROP DATABASE IF EXISTS " + pgName + " WITH (FORCE)");
            }
        }
    }

    private SessionFactory sessions(DataSource dataSource) {
        Configuration configuration = new Configuration();
        configuration.getProperties().put("hibernate.connection.datasource", dataSource);
        configuration.getProperties().put("hibernate.type.json_format_mapper", new NoJsonFormat());
        configuration.getProperties().put("hibernate.type.xml_format_mapper", new NoJsonFormat());
        return configuration
                .addAnnotatedClass(OutboxProbe.class)
                .setProperty("hibernate.hbm2ddl.auto", "validate")
                .setProperty("hibernate.integration.envers.enabled", "false")
                .setProperty("hibernate.search.backend.type", "lucene")
                .setProperty(
                        "hibernate.search.backend.directory.root",
                        indexDir.toAbsolutePath().toString())
                .setProperty("hibernate.search.coordination.strategy", "outbox-polling")
                .buildSessionFactory();
    }

    private static long count(DataSource dataSource, String table) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static boolean postgresAnswers() {
        try (Connection ignored =
                DriverManager.getConnection(PG_SERVER + "postgres?connectTimeout=2", "postgres", "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static void maintenance(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(PG_SERVER + "postgres", "postgres", "");
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Entity
    @Indexed
    @Table(name = "outbox_probe")
    static class OutboxProbe {
        @Id
        Long id;

        @FullTextField
        String text;

        protected OutboxProbe() {}

        OutboxProbe(Long id, String text) {
            this.id = id;
            this.text = text;
        }
    }
}
