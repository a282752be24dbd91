package org.onus.core.quantity;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/** A positive amount of something in a {@link Unit}. */
public record Quantity(BigDecimal amount, Unit unit) {

    /** Amounts are declared to at most this many decimal places. */
    public static final int MAX_SCALE = 6;

    public Quantity {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(unit, "unit");
        if (amount.signum() <= 0) {
            throw new IllegalArgumentException("A quantity must be positive, not " + amount);
        }
        amount = amount.stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
    }

    /** The amount in the family's base unit (kg for mass, l for volume, ...). */
    public BigDecimal inBase() {
        return amount.multiply(unit.toBase(), MathContext.DECIMAL64);
    }

    /** Whether the two measure the same kind of thing and so can be compared. */
    public boolean comparableWith(Quantity other) {
        return unit.family() == other.unit.family();
    }

    /** "1250 KG": stable text, used in fingerprints and audit values. */
    @Override
    public String toString() {
        return amount.toPlainString() + " " + unit.name();
    }
}
