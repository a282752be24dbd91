package org.onus.web.security;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The synchronizer token of a browser session. Every form carries it in a hidden field
 * ({@code _csrf}); scripts may send it as the {@code X-CSRF-Token} header instead.
 */
@SessionScoped
public class CsrfToken implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final SecureRandom RANDOM = new SecureRandom();

    public static final String FIELD = "_csrf";
    public static final String HEADER = "X-CSRF-Token";

    private final String value;

    public CsrfToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        value = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String value() {
        return value;
    }

    /** Constant-time comparison, so the token cannot be guessed byte by byte from timings. */
    public boolean matches(String candidate) {
        return candidate != null
                && MessageDigest.isEqual(
                        value.getBytes(StandardCharsets.US_ASCII), candidate.getBytes(StandardCharsets.US_ASCII));
    }
}
