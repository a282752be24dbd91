package org.onus.realm;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Starts a Keycloak server in development mode with the Onus realm imported, waits until the realm
 * answers, and stops it again. Used by {@code ./run} (through {@link #main}) and by the integration
 * tests, so both get the same Keycloak.
 *
 * <p>Keycloak's import skips a realm that already exists. So that an edited realm file takes effect
 * on the next start, the launcher remembers the SHA-256 of the file it imported and, when the file
 * has changed, discards Keycloak's development database before starting: the development realm is
 * rebuilt from the file, which is the only source of truth for it.
 */
public final class KeycloakDevServer implements AutoCloseable {

    public static final String REALM = "onus";
    static final String IMPORTED_HASH_FILE = "onus-realm.sha256";
    static final String THEMES = "themes";
    // A first start builds Keycloak's optimised image (2-3 min alone); on a loaded two-core machine it takes longer.
    private static final Duration START_TIMEOUT = Duration.ofMinutes(8);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Process process;
    private final int port;
    private final Path log;

    private KeycloakDevServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /**
     * Starts Keycloak and returns once the realm's OpenID configuration is served.
     *
     * @param home the unpacked Keycloak distribution
     * @param realmFile the realm to import (the dev realm of this module)
     * @param port HTTP port
     * @param log file that receives Keycloak's console output
     */
    public static KeycloakDevServer start(Path keycloakHome, Path realmFile, int port, Path logFile) {
        Path home = keycloakHome.toAbsolutePath();
        Path log = logFile.toAbsolutePath();
        if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
            throw new IllegalStateException(
                    "No Keycloak distribution at " + home + ": build the project first (./mvnw -DskipTests package)");
        }
        if (isListening(port)) {
            throw new IllegalStateException("Port " + port + " is already in use: another Keycloak may still be"
                    + " running. Stop it, or choose another port.");
        }
        try {
            prepareImport(home, realmFile);
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>(List.of(
                    home.resolve("bin/kc.sh").toString(), "start-dev", "--http-port=" + port, "--import-realm"));
            ProcessBuilder builder = new ProcessBuilder(command)
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
            // The master realm's administrator, for the development server only.
            builder.environment().putIfAbsent("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
            builder.environment().putIfAbsent("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
            KeycloakDevServer server = new KeycloakDevServer(builder.start(), port, log);
            server.awaitRealm();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak from " + home + ": " + e.getMessage(), e);
        }
    }

    /** Puts the realm file where {@code --import-realm} reads it; resets the dev database if it changed. */
    static void prepareImport(Path home, Path realmFile) throws IOException {
        Path data = home.resolve("data");
        Path importDir = data.resolve("import");
        Files.createDirectories(importDir);
        String hash = sha256(realmFile);
        Path imported = data.resolve(IMPORTED_HASH_FILE);
        String previous = Files.exists(imported)
                ? Files.readString(imported, StandardCharsets.UTF_8).strip()
                : "";
        if (!hash.equals(previous)) {
            deleteRecursively(data.resolve("h2"));
        }
        Files.copy(realmFile, importDir.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(imported, hash, StandardCharsets.UTF_8);
        installThemes(home, realmFile.toAbsolutePath().getParent().resolve(THEMES));
    }

    /**
     * Copies the realm's themes (the Onus login theme) into the distribution's {@code themes/}
     * folder, replacing an earlier copy, so that an edited theme shows on the next start.
     */
    static void installThemes(Path home, Path themes) throws IOException {
        if (!Files.isDirectory(themes)) {
            return;
        }
        try (Stream<Path> names = Files.list(themes)) {
            for (Path theme : names.filter(Files::isDirectory).toList()) {
                Path target = home.resolve(THEMES).resolve(theme.getFileName().toString());
                deleteRecursively(target);
                try (Stream<Path> files = Files.walk(theme)) {
                    for (Path source : files.toList()) {
                        Path copy = target.resolve(theme.relativize(source).toString());
                        if (Files.isDirectory(source)) {
                            Files.createDirectories(copy);
                        } else {
                            Files.copy(source, copy, StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
        }
    }

    public String realmUrl() {
        return "http://localhost:" + port + "/realms/" + REALM;
    }

    public int port() {
        return port;
    }

    private void awaitRealm() {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak stopped during start-up (exit " + process.exitValue()
                        + "); see " + log + ":\n" + tail(log));
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (ConnectException e) {
                // not listening yet
            } catch (IOException e) {
                // starting up
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            sleep(Duration.ofMillis(500));
        }
        close();
        throw new IllegalStateException("Keycloak did not serve realm '" + REALM + "' within " + START_TIMEOUT
                + "; see " + log + ":\n" + tail(log));
    }

    /** Stops Keycloak gracefully, then by force, including the JVM that kc.sh started. */
    @Override
    public void close() {
        List<ProcessHandle> tree = Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .toList();
        tree.forEach(ProcessHandle::destroy);
        try {
            for (ProcessHandle handle : tree) {
                handle.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            tree.forEach(ProcessHandle::destroyForcibly);
        }
    }

    public boolean isRunning() {
        return process.isAlive();
    }

    /** Waits until Keycloak exits. */
    public int await() throws InterruptedException {
        return process.waitFor();
    }

    static boolean isListening(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("localhost", port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * {@code java -cp onus-realm-config.jar org.onus.realm.KeycloakDevServer <keycloak home> <realm file> <port> <log>}:
     * starts Keycloak, prints {@code READY <realm url>} and runs until it is interrupted (Ctrl-C
     * or SIGTERM), then stops Keycloak.
     */
    public static void main(String[] args) throws InterruptedException {
        if (args.length != 4) {
            System.err.println("usage: KeycloakDevServer <keycloak home> <realm file> <port> <log file>");
            System.exit(2);
        }
        KeycloakDevServer server;
        try {
            server = start(Path.of(args[0]), Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
        } catch (RuntimeException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "keycloak-stop"));
        System.out.println("READY " + server.realmUrl());
        System.out.flush();
        int exit = server.await();
        System.exit(exit == 0 || exit == 143 ? 0 : exit);
    }
}
