package org.onus.core.designation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * A listed producer's number in a company register: the scheme (USCC for China's unified social
 * credit code, or any short register name) and the number as the register writes it.
 *
 * <p>Numbers match exactly once spaces and hyphens are dropped, full-width digits made plain and
 * letters upper case ({@link #normalise(String)}); the scheme does not take part, because an
 * entry declares a number without one.
 */
public record RegistrationNumber(String scheme, String number) {

    /** China's unified social credit code: 18 characters. */
    public static final String USCC = "USCC";

    public RegistrationNumber {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(number, "number");
        scheme = scheme.strip().toUpperCase(Locale.ROOT);
        number = number.strip();
    }

    /** The number in the form numbers are compared in. */
    public String normalised() {
        return normalise(number);
    }

    /** Drops spaces and hyphens (any width), upper case: "9165-0100 mA77..." → "91650100MA77...". */
    public static String normalise(String raw) {
        if (raw == null) {
            return "";
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c)
                    && !Character.isSpaceChar(c)
                    && c != '-'
                    && c != '‐'
                    && c != '‑'
                    && c != '–'
                    && c != '—') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** "USCC 91650100MA775X1234". */
    @Override
    public String toString() {
        return scheme + " " + number;
    }
}
