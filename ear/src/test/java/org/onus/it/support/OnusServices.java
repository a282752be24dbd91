package org.onus.it.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.onus.realm.KeycloakDevServer;

/**
 * Starts what the portal needs besides WildFly, once per test run: the real Keycloak with the dev
 * realm (from realm-config, the same file ./run imports) and, on PostgreSQL, a database of the
 * run's own, created now and dropped at the end. Arquillian starts WildFly meanwhile: Keycloak
 * starts in the background and {@link Ready}, which runs after Arquillian's start-up, waits for it
 * before the first test, which saves Keycloak's start-up time (about 20 s) per run.
 */
public class OnusServices implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Boolean.getBoolean("onus.it")) {
            // Running inside the server (an in-container test): the services are already up.
            return;
        }
        context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(Running.class, k -> Running.start(), Running.class);
    }

    /** Waits until Keycloak serves the realm; registered after Arquillian's extension. */
    public static class Ready implements BeforeAllCallback {

        @Override
        public void beforeAll(ExtensionContext context) {
            if (!Boolean.getBoolean("onus.it")) {
                return;
            }
            context.getRoot()
                    .getStore(ExtensionContext.Namespace.GLOBAL)
                    .get(Running.class, Running.class)
                    .awaitKeycloak();
        }
    }

    /** Closed by JUnit after the last test of the run. */
    static final class Running implements ExtensionContext.Store.CloseableResource, AutoCloseable {

        private final CompletableFuture<KeycloakDevServer> keycloak;
        private final boolean postgres;

        private Running(CompletableFuture<KeycloakDevServer> keycloak, boolean postgres) {
            this.keycloak = keycloak;
            this.postgres = postgres;
        }

        void awaitKeycloak() {
            try {
                keycloak.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }

        static Running start() {
            boolean postgres = "postgresql".equals(ItConfig.dbDriver());
            if (postgres) {
                recreateDatabase();
            }
            CompletableFuture<KeycloakDevServer> keycloak = CompletableFuture.supplyAsync(() -> KeycloakDevServer.start(
                    ItConfig.path("it.keycloak.home"),
                    ItConfig.path("it.realm.file"),
                    ItConfig.keycloakPort(),
                    ItConfig.path("it.logs").resolve("keycloak.log")));
            return new Running(keycloak, postgres);
        }

        @Override
        public void close() {
            try {
                keycloak.join().close();
            } catch (CompletionException e) {
                // It never started; the test that waited for it has failed already.
            }
            if (postgres) {
                dropDatabase();
            }
        }
    }

    /** Connects to the server's maintenance database to create or drop the run's database. */
    private static void recreateDatabase() {
        execute(
                "DROP DATABASE IF EXISTS " + ItConfig.dbName() + " WITH (FORCE)",
                "CREATE DATABASE " + ItConfig.dbName());
    }

    private static void dropDatabase() {
        execute("DROP DATABASE IF EXISTS " + ItConfig.dbName() + " WITH (FORCE)");
    }

    private static void execute(String... statements) {
        String maintenance = ItConfig.dbUrl().substring(0, ItConfig.dbUrl().lastIndexOf('/') + 1) + "postgres";
        try (Connection c = DriverManager.getConnection(maintenance, ItConfig.dbUser(), ItConfig.dbPassword());
                Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "PostgreSQL at " + maintenance + " is needed for -Ppostgres: " + e.getMessage(), e);
        }
    }

    static {
        try {
            Files.createDirectories(Path.of(System.getProperty("it.logs", "target/it-logs")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
