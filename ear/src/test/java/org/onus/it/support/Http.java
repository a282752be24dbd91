package org.onus.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** A plain HTTP client for the tests: never follows redirects, so tests see exactly what was answered. */
public final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private Http() {}

    public static HttpResponse<String> get(URI uri, String... headers) {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    public static HttpResponse<String> getWithToken(URI uri, String accessToken) {
        return get(uri, "Authorization", "Bearer " + accessToken);
    }

    public static HttpResponse<String> postForm(URI uri, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build());
    }

    /** Sends {@code body} with a bearer token (none when null); extra headers as name, value pairs. */
    public static HttpResponse<String> send(
            String method, URI uri, String accessToken, String contentType, byte[] body, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body));
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build());
    }

    public static HttpResponse<String> postJson(URI uri, String accessToken, String json, String... headers) {
        return send("POST", uri, accessToken, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
    }

    public static HttpResponse<String> putJson(URI uri, String accessToken, String json) {
        return send("PUT", uri, accessToken, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    public static HttpResponse<String> postMultipart(URI uri, String accessToken, Multipart form, String... headers) {
        return send("POST", uri, accessToken, form.contentType(), form.bytes(), headers);
    }

    /**
     * Streams a multipart body without announcing its length (chunked), as a client uploading from
     * a pipe would: the server cannot refuse it up front and must stop while reading.
     */
    public static HttpResponse<String> postMultipartChunked(URI uri, String accessToken, Multipart form) {
        byte[] bytes = form.bytes();
        return send(HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + accessToken)
                .header("Content-Type", form.contentType())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes)))
                .build());
    }

    /** The raw bytes of a download, with its headers; anonymously when {@code accessToken} is null. */
    public static HttpResponse<byte[]> download(URI uri, String accessToken) {
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60)).GET();
        if (accessToken != null) {
            builder.header("Authorization", "Bearer " + accessToken);
        }
        HttpRequest request = builder.build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
