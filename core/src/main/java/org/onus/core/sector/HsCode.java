package org.onus.core.sector;

import java.io.Serializable;
import java.util.Objects;

/**
 * A Harmonized System code or prefix (HS 2022): 2 to 10 digits, written with or without the dots
 * and spaces people use ({@code 5201.00}, {@code 8541 42}); stored as digits only. The first two
 * digits must be a chapter that exists: 01 to 97, except 77 (reserved by the WCO).
 */
public final class HsCode implements Serializable, Comparable<HsCode> {

    private static final long serialVersionUID = 1L;

    private final String digits;

    private HsCode(String digits) {
        this.digits = digits;
    }

    /**
     * @throws IllegalArgumentException with a message fit to show to the person who typed it
     */
    public static HsCode of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("An HS code is required");
        }
        String digits = raw.strip().replaceAll("[\\s.\\-]", "");
        if (!digits.chars().allMatch(Character::isDigit)) {
            throw new IllegalArgumentException(
                    "HS code \"" + raw.strip() + "\" may contain only digits (dots and spaces are ignored)");
        }
        if (digits.length() < 2 || digits.length() > 10) {
            throw new IllegalArgumentException(
                    "HS code \"" + raw.strip() + "\" must have 2 to 10 digits, not " + digits.length());
        }
        int chapter = Integer.parseInt(digits.substring(0, 2));
        if (chapter < 1 || chapter > 97) {
            throw new IllegalArgumentException("HS code \"" + raw.strip() + "\": chapter " + digits.substring(0, 2)
                    + " does not exist (chapters run from 01 to 97)");
        }
        if (chapter == 77) {
            throw new IllegalArgumentException(
                    "HS code \"" + raw.strip() + "\": chapter 77 is reserved and not used in HS 2022");
        }
        return new HsCode(digits);
    }

    /** The digits, e.g. {@code 520100}. */
    public String digits() {
        return digits;
    }

    /** Whether this code falls under the prefix ({@code 52010010} under {@code 5201}). */
    public boolean startsWith(HsCode prefix) {
        return digits.startsWith(prefix.digits);
    }

    /** Human-readable: {@code 5201.00}, {@code 8541.42.10}. */
    public String formatted() {
        if (digits.length() <= 4) {
            return digits;
        }
        StringBuilder out =
                new StringBuilder(digits.substring(0, 4)).append('.').append(digits, 4, Math.min(6, digits.length()));
        if (digits.length() > 6) {
            out.append('.').append(digits.substring(6));
        }
        return out.toString();
    }

    @Override
    public int compareTo(HsCode other) {
        return digits.compareTo(other.digits);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HsCode other && digits.equals(other.digits);
    }

    @Override
    public int hashCode() {
        return Objects.hash(digits);
    }

    @Override
    public String toString() {
        return digits;
    }
}
