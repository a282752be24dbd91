package org.onus.core.submission;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The code a submitter follows up with: 20 characters of Crockford's base32 (100 random bits),
 * shown once in groups of four ({@code 7KQ2-M9XD-…}). Only its SHA-256 is stored; with 100 bits of
 * entropy a salt adds nothing, and lookups are rate limited besides. Reading forgives case, spaces,
 * dashes and the letters people confuse with digits (O for 0, I and L for 1).
 */
public final class ReceiptCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    private ReceiptCode(String value) {
        this.value = value;
    }

    public static ReceiptCode random() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new ReceiptCode(code.toString());
    }

    /** The code as typed, if it can be one. */
    public static Optional<ReceiptCode> read(String typed) {
        if (typed == null || typed.length() > 100) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(Locale.ROOT).toCharArray()) {
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            char normal = switch (c) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> c;
            };
            if (ALPHABET.indexOf(normal) < 0) {
                return Optional.empty();
            }
            code.append(normal);
        }
        return code.length() == LENGTH ? Optional.of(new ReceiptCode(code.toString())) : Optional.empty();
    }

    /** Groups of four separated by dashes, as shown to the submitter. */
    public String grouped() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); i += 4) {
            if (i > 0) {
                out.append('-');
            }
            out.append(value, i, Math.min(value.length(), i + 4));
        }
        return out.toString();
    }

    /** What is stored: the SHA-256 of the normalised code, in hex. */
    public String hash() {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Never the code itself: it must not end up in logs. */
    @Override
    public String toString() {
        return "ReceiptCode[****]";
    }
}
