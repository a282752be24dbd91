package org.onus.core.submission;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Client addresses as keyed hashes (HMAC-SHA256) under a random salt that lives only in memory and
 * is replaced every {@link #ROTATION}: the address itself is never kept, and after a rotation
 * nobody, the portal included, can tell which address a stored hash came from.
 */
@ApplicationScoped
public class ClientAddresses {

    /** The salt's lifetime: never longer than a day. */
    public static final Duration ROTATION = Duration.ofHours(24);

    private static final SecureRandom RANDOM = new SecureRandom();

    private byte[] salt;
    private Instant saltCreated;

    /** The hash of an address under the current salt (a new salt first if the old one is a day old). */
    public synchronized String hash(String address, Instant now) {
        if (salt == null || !now.isBefore(saltCreated.plus(ROTATION))) {
            salt = new byte[32];
            RANDOM.nextBytes(salt);
            saltCreated = now;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(salt, "HmacSHA256"));
            String value = address == null ? "" : address.strip();
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
