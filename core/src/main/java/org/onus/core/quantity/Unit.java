package org.onus.core.quantity;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The units a quantity is declared in. Each belongs to a family and converts exactly to the
 * family's base unit; units of different families are never converted into each other here (a
 * piece has no mass until a conversion factor with a source says so).
 */
public enum Unit {
    KG(Family.MASS, "1"),
    G(Family.MASS, "0.001"),
    T(Family.MASS, "1000"),
    L(Family.VOLUME, "1"),
    M3(Family.VOLUME, "1000"),
    M2(Family.AREA, "1"),
    M(Family.LENGTH, "1"),
    PIECE(Family.COUNT, "1"),
    PAIR(Family.COUNT, "2");

    /** What a unit measures; only units of one family compare. */
    public enum Family {
        MASS,
        VOLUME,
        AREA,
        LENGTH,
        COUNT
    }

    private final Family family;
    private final BigDecimal toBase;

    Unit(Family family, String toBase) {
        this.family = family;
        this.toBase = new BigDecimal(toBase);
    }

    public Family family() {
        return family;
    }

    /** How many of the family's base unit (kg, l, m², m, piece) one of this unit is. */
    public BigDecimal toBase() {
        return toBase;
    }

    /** The unit for a code as typed (case and surrounding spaces ignored), if there is one. */
    public static Optional<Unit> of(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(code.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The codes, for an error message: "KG, G, T, ...". */
    public static String codes() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
