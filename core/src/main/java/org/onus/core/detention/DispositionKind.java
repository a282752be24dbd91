package org.onus.core.detention;

import java.util.Locale;
import org.onus.core.problem.InvalidInputException;

/** What became of goods that were excluded or confiscated. */
public enum DispositionKind {
    REEXPORTED,
    ABANDONED,
    DESTROYED;

    public static DispositionKind parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInputException.of(
                    "kind", "Choose what became of the goods: REEXPORTED, ABANDONED or DESTROYED");
        }
        try {
            return valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(
                    "kind", "\"" + raw.strip() + "\" is not a disposition; use REEXPORTED, ABANDONED or DESTROYED");
        }
    }
}
