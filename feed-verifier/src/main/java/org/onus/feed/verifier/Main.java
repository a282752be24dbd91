package org.onus.feed.verifier;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Checks a downloaded designation feed document against its detached signature:
 *
 * <pre>java -jar feed-verifier.jar --jwks URL-or-file --signature FILE document.json</pre>
 *
 * Exit status 0 when it verifies; 1 when the document or signature was changed; 2 when the key is
 * not in the JWKS; 3 when the signature is malformed or uses an algorithm not accepted; 64 for a
 * usage error; 66 when a file or URL cannot be read.
 */
public final class Main {

    static final int VALID = 0;
    static final int TAMPERED = 1;
    static final int UNKNOWN_KEY = 2;
    static final int MALFORMED = 3;
    static final int USAGE = 64;
    static final int NO_INPUT = 66;

    private static final String USAGE_TEXT =
            "usage: java -jar feed-verifier.jar --jwks URL-or-file --signature FILE document";

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        String jwks = null;
        String signature = null;
        String document = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--jwks" -> jwks = i + 1 < args.length ? args[++i] : null;
                case "--signature" -> signature = i + 1 < args.length ? args[++i] : null;
                case "-h", "--help" -> {
                    out.println(USAGE_TEXT);
                    return VALID;
                }
                default -> {
                    if (document != null || args[i].startsWith("--")) {
                        err.println("Unexpected argument " + args[i]);
                        err.println(USAGE_TEXT);
                        return USAGE;
                    }
                    document = args[i];
                }
            }
        }
        if (jwks == null || signature == null || document == null) {
            err.println(USAGE_TEXT);
            return USAGE;
        }
        byte[] doc;
        String sig;
        com.nimbusds.jose.jwk.JWKSet keys;
        try {
            doc = Files.readAllBytes(Path.of(document));
            sig = Files.readString(Path.of(signature), StandardCharsets.US_ASCII);
            keys = Keys.parsePublic(readKeys(jwks));
        } catch (NoSuchFileException e) {
            err.println("INVALID: cannot read " + e.getFile() + ": no such file");
            return NO_INPUT;
        } catch (IOException | IllegalArgumentException e) {
            err.println("INVALID: " + e.getMessage());
            return NO_INPUT;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NO_INPUT;
        }
        try {
            DetachedJws.Verified v = DetachedJws.verify(doc, sig, keys);
            out.println("VALID: " + document + " is signed by key \"" + v.keyId() + "\" (" + v.algorithm() + ")");
            return VALID;
        } catch (FeedVerificationException e) {
            err.println("INVALID: " + e.getMessage());
            return switch (e.reason()) {
                case TAMPERED -> TAMPERED;
                case UNKNOWN_KEY -> UNKNOWN_KEY;
                case MALFORMED, UNSUPPORTED -> MALFORMED;
            };
        }
    }

    private static String readKeys(String location) throws IOException, InterruptedException {
        if (location.startsWith("https://") || location.startsWith("http://")) {
            HttpClient client = HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(10))
                    .followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
            HttpResponse<InputStream> response = client.send(
                    HttpRequest.newBuilder(URI.create(location))
                            .timeout(Duration.ofSeconds(20))
                            .header("Accept", "application/jwk-set+json, application/json")
                            .build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IOException("cannot fetch the JWKS from " + location + ": HTTP " + response.statusCode());
                }
                byte[] bytes = body.readNBytes(1_000_001);
                if (bytes.length > 1_000_000) {
                    throw new IOException("the JWKS at " + location + " is larger than 1 MB");
                }
                return new String(bytes, StandardCharsets.UTF_8);
            }
        }
        return Files.readString(Path.of(location), StandardCharsets.UTF_8);
    }
}
