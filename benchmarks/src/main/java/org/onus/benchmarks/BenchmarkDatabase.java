package org.onus.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.onus.core.persistence.DatabaseMigrations;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database of the benchmark's own, migrated to the real schema, removed afterwards: the embedded
 * H2 (in a file, as ./run uses it) or a fresh database on the PostgreSQL server named by
 * {@code ONUS_BENCH_PG_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/}, user
 * {@code ONUS_BENCH_PG_USER}, default {@code postgres}).
 */
final class BenchmarkDatabase implements AutoCloseable {

    private final String kind;
    private final DataSource dataSource;
    private final Path h2Directory;
    private final String pgName;
    private final String url;
    private final String user;
    private final String password;
    private Thread analyser;

    private BenchmarkDatabase(
            String kind,
            DataSource dataSource,
            Path h2Directory,
            String pgName,
            String url,
            String user,
            String password) {
        this.kind = kind;
        this.dataSource = dataSource;
        this.h2Directory = h2Directory;
        this.pgName = pgName;
        this.url = url;
        this.user = user;
        this.password = password;
    }

    static BenchmarkDatabase create(String kind) throws SQLException {
        BenchmarkDatabase database = switch (kind) {
            case "h2" -> h2();
            case "postgresql" -> postgresql();
            default -> throw new IllegalArgumentException("No such database kind: " + kind);
        };
        DatabaseMigrations.migrate(database.dataSource);
        return database;
    }

    private static BenchmarkDatabase h2() {
        try {
            Path directory = Files.createTempDirectory("onus-bench-h2");
            String url = "jdbc:h2:file:" + directory.resolve("onus") + ";DB_CLOSE_ON_EXIT=FALSE";
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser("sa");
            h2.setPassword("sa");
            return new BenchmarkDatabase("h2", h2, directory, null, url, "sa", "sa");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BenchmarkDatabase postgresql() throws SQLException {
        String name =
                "onus_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        maintenance("CREATE DATABASE " + name);
        String url = pgServer() + name;
        String password = System.getenv().getOrDefault("ONUS_BENCH_PG_PASSWORD", "");
        PGSimpleDataSource pg = new PGSimpleDataSource();
        pg.setURL(url);
        pg.setUser(pgUser());
        pg.setPassword(password);
        return new BenchmarkDatabase("postgresql", pg, null, name, url, pgUser(), password);
    }

    /**
     * On a PostgreSQL server with autovacuum off (this project's CI machines), analyses the database
     * every 30 seconds, as autovacuum would on a default server, until {@link #close()}: without it
     * the plans made while the tables were empty, the cached foreign-key checks among them, keep
     * scanning tables whole as they grow (scripts/lib/bench-portal.sh does the same for the portal,
     * so both sides of a comparison get the same).
     */
    void keepStatistics() throws SQLException {
        if (pgName == null || analyser != null) {
            return;
        }
        try (Connection c = connect();
                Statement s = c.createStatement();
                var rs = s.executeQuery("show autovacuum")) {
            if (!rs.next() || !"off".equals(rs.getString(1))) {
                return;
            }
        }
        System.out.println("PostgreSQL runs with autovacuum off: analysing " + pgName + " every 30 s in its place");
        analyser = new Thread(
                () -> {
                    while (!Thread.currentThread().isInterrupted()) {
                        try {
                            Thread.sleep(30_000);
                            try (Connection c = connect();
                                    Statement s = c.createStatement()) {
                                s.execute("ANALYZE");
                            }
                        } catch (InterruptedException e) {
                            return;
                        } catch (SQLException e) {
                            System.err.println("ANALYZE failed: " + e.getMessage());
                        }
                    }
                },
                "benchmark-analyser");
        analyser.setDaemon(true);
        analyser.start();
    }

    Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    String kind() {
        return kind;
    }

    /**
     * For clients that pool their own connections (the process engine): the data source above
     * opens a new physical connection each time, which would measure connecting, not working.
     */
    String url() {
        return url;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    @Override
    public void close() throws SQLException {
        if (analyser != null) {
            analyser.interrupt();
            try {
                analyser.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (pgName != null) {
            maintenance("DROP DATABASE IF EXISTS " + pgName + " WITH (FORCE)");
        }
        if (h2Directory != null) {
            try (Connection c = dataSource.getConnection();
                    Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
            try (Stream<Path> files = Files.walk(h2Directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void maintenance(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(
                        pgServer() + "postgres", pgUser(), System.getenv().getOrDefault("ONUS_BENCH_PG_PASSWORD", ""));
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String pgServer() {
        return System.getenv().getOrDefault("ONUS_BENCH_PG_URL", "jdbc:postgresql://127.0.0.1:5432/");
    }

    private static String pgUser() {
        return System.getenv().getOrDefault("ONUS_BENCH_PG_USER", "postgres");
    }
}
