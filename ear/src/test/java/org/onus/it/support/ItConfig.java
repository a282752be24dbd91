package org.onus.it.support;

import java.net.URI;
import java.nio.file.Path;

/** The integration-test settings the build passes as system properties (see ear/pom.xml). */
public final class ItConfig {

    private ItConfig() {}

    static String required(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("System property " + name + " is not set: run the integration tests with"
                    + " Maven (./mvnw verify), which sets it");
        }
        return value;
    }

    static Path path(String name) {
        return Path.of(required(name));
    }

    /** The portal under test, e.g. {@code http://localhost:18080}. */
    public static URI portal() {
        return URI.create("http://localhost:" + required("it.http.port"));
    }

    public static URI portal(String path) {
        return portal().resolve(path);
    }

    public static int keycloakPort() {
        return Integer.parseInt(required("it.keycloak.port"));
    }

    /** The realm's issuer URL as the portal knows it. */
    public static String realmUrl() {
        return "http://localhost:" + keycloakPort() + "/realms/onus";
    }

    /** Where the test JVM's SMTP server listens; the server under test sends there (ONUS_SMTP_PORT). */
    public static int smtpPort() {
        return Integer.parseInt(required("it.smtp.port"));
    }

    public static Path earFile() {
        return path("it.ear");
    }

    /** Where the server under test keeps evidence files (its data directory, see EvidenceSettings). */
    public static Path evidenceDir() {
        return path("it.server.base").resolve("data").resolve("evidence");
    }

    /** The server under test's log file (WildFly's server.log in the test's own server base). */
    public static Path serverLog() {
        return path("it.server.base").resolve("log").resolve("server.log");
    }

    /** Where tests may leave reports for people to read after the build (target/it-logs). */
    public static Path logs() {
        return path("it.logs");
    }

    public static boolean onPostgres() {
        return "postgresql".equals(dbDriver());
    }

    /** A direct connection to the database the server under test uses (PostgreSQL only: H2 is locked by the server). */
    public static java.sql.Connection database() throws java.sql.SQLException {
        if (!onPostgres()) {
            throw new IllegalStateException(
                    "The embedded H2 database is held by the server; connect on PostgreSQL only");
        }
        return java.sql.DriverManager.getConnection(dbUrl(), dbUser(), dbPassword());
    }

    static String dbDriver() {
        return required("it.db.driver");
    }

    static String dbUrl() {
        return required("it.db.url");
    }

    static String dbUser() {
        return required("it.db.user");
    }

    static String dbPassword() {
        return System.getProperty("it.db.password", "");
    }

    static String dbName() {
        String url = dbUrl();
        return url.substring(url.lastIndexOf('/') + 1).replaceAll("[^a-zA-Z0-9_]", "");
    }
}
