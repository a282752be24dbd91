package org.onus.core.detention;

import java.util.Locale;
import org.onus.core.problem.InvalidInputException;

/**
 * Why a protest is upheld. On the merits, the goods are freed only through the release gate; on
 * procedure (a missed notice, a decision taken on the wrong file) the case goes back to review
 * with a fresh clock: a procedural fault never proves that goods are free of forced labour.
 */
public enum ProtestGrounds {
    MERITS,
    PROCEDURE;

    /** Absent means MERITS, as the contract's body {upheld, reason} has always meant. */
    public static ProtestGrounds parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return MERITS;
        }
        try {
            return valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(
                    "grounds",
                    "\"" + raw.strip() + "\" is not a ground for upholding a protest; use MERITS or PROCEDURE");
        }
    }
}
