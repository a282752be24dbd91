package org.onus.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The portal's REST API as a script uses it: bearer tokens from Keycloak through the development
 * realm's public client {@code onus-cli} (password grant; demo users' passwords are their names),
 * refreshed before they run out (the realm issues them for five minutes, a run lasts longer).
 */
final class PortalClient {

    /** An answer: status and body, and how long the request took from sending to the last byte. */
    record Answer(int status, String body, long nanos) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON (" + status + "): " + body, e);
            }
        }

        boolean is(int expected) {
            return status == expected;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    /** A token this close to its end is renewed before use, so no request races its expiry. */
    private static final Duration RENEW_BEFORE = Duration.ofSeconds(60);

    private final String portal;
    private final String tokenEndpoint;
    // HTTP/1.1 as browsers and curl talk to the portal; the JDK client would otherwise try an h2c upgrade.
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    PortalClient(String portal, String keycloak) {
        this.portal = portal.replaceAll("/+$", "");
        this.tokenEndpoint = keycloak.replaceAll("/+$", "") + "/realms/onus/protocol/openid-connect/token";
    }

    Answer postJson(String path, String user, String json) {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)),
                user);
    }

    /** A creating POST with an {@code Idempotency-Key}: the same key and body again gets the first answer. */
    Answer postJsonKeyed(String path, String user, String key, String json) {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .header(IDEMPOTENCY_KEY, key)
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)),
                user);
    }

    Answer putJson(String path, String user, String json) {
        return send(
                HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)),
                user);
    }

    Answer get(String path, String user) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), user);
    }

    /** A multipart/form-data upload of one file with text fields, built as a browser sends it. */
    Answer postFile(String path, String user, Map<String, String> fields, String fileName, String type, byte[] file) {
        return postFileKeyed(path, user, null, fields, fileName, type, file);
    }

    /** The same upload with an {@code Idempotency-Key} (none when {@code key} is null). */
    Answer postFileKeyed(
            String path,
            String user,
            String key,
            Map<String, String> fields,
            String fileName,
            String type,
            byte[] file) {
        String boundary = "----onus-bench-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value
                        + "\r\n"));
        write(
                body,
                "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                        + "\"\r\nContent-Type: " + type + "\r\n\r\n");
        body.writeBytes(file);
        write(body, "\r\n--" + boundary + "--\r\n");
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (key != null) {
            request.header(IDEMPOTENCY_KEY, key);
        }
        return send(request, user);
    }

    private Answer send(HttpRequest.Builder request, String user) {
        request.timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        if (user != null) {
            request.header("Authorization", "Bearer " + token(user));
        }
        long start = System.nanoTime();
        try {
            HttpResponse<String> response =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.body(), System.nanoTime() - start);
        } catch (IOException e) {
            return new Answer(-1, e.toString(), System.nanoTime() - start);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The user's access token, renewed (refresh token first, password grant if that fails) near its end. */
    String token(String user) {
        Token current = tokens.get(user);
        if (current != null && System.nanoTime() < current.renewAt) {
            return current.access;
        }
        synchronized (this) {
            current = tokens.get(user);
            if (current != null && System.nanoTime() < current.renewAt) {
                return current.access;
            }
            Token renewed = null;
            if (current != null && current.refresh != null) {
                renewed = grant(Map.of(
                        "grant_type", "refresh_token", "client_id", "onus-cli", "refresh_token", current.refresh));
            }
            if (renewed == null) {
                renewed = grant(
                        Map.of("grant_type", "password", "client_id", "onus-cli", "username", user, "password", user));
            }
            if (renewed == null) {
                throw new IllegalStateException("Keycloak gave no token for " + user + " at " + tokenEndpoint);
            }
            tokens.put(user, renewed);
            return renewed.access;
        }
    }

    private Token grant(Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        long asked = System.nanoTime();
        Answer answer = send(
                HttpRequest.newBuilder(URI.create(tokenEndpoint))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                null);
        if (!answer.is(200)) {
            return null;
        }
        JsonNode json = answer.json();
        long lifetime = Duration.ofSeconds(json.path("expires_in").asLong(300)).toNanos();
        return new Token(
                json.get("access_token").asText(),
                json.path("refresh_token").asText(null),
                asked + lifetime - RENEW_BEFORE.toNanos());
    }

    private record Token(String access, String refresh, long renewAt) {}

    private URI uri(String path) {
        return URI.create(portal + path);
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    static Map<String, String> fields(String... namesAndValues) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            out.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return out;
    }
}
