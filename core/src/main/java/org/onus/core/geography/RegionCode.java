package org.onus.core.geography;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * The code of a region as written: a country's ISO code ({@code VN}) or a division's number
 * ({@code 653125}), or a Corps division ({@code XPCC-D01}): upper case, 2 to 20 letters, digits and hyphens. Well-formed is not the same as known:
 * whether a region has the code is for the {@link RegionDirectory} to say.
 */
public final class RegionCode implements Serializable, Comparable<RegionCode> {

    private static final long serialVersionUID = 1L;

    private final String value;

    private RegionCode(String value) {
        this.value = value;
    }

    /**
     * @throws IllegalArgumentException when the code cannot be a region's (blank, too long, or not
     *     letters, digits and hyphens)
     */
    public static RegionCode of(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("A region code is required");
        }
        String code = raw.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9][A-Z0-9-]{1,19}")) {
            throw new IllegalArgumentException("\"" + raw.strip() + "\" is not a region code");
        }
        return new RegionCode(code);
    }

    /** A well-formed code the reference data knows ({@code known} tests the value), or null. */
    public static RegionCode ofKnown(String raw, Predicate<String> known) {
        try {
            RegionCode code = of(raw);
            return known.test(code.value) ? code : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String value() {
        return value;
    }

    @Override
    public int compareTo(RegionCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RegionCode other && value.equals(other.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
