package org.onus.core.entity;

import java.util.Locale;

/** Where a removal request stands. */
public enum RemovalStatus {
    /** Filed, no decision proposed (or a proposal was sent back). */
    RECEIVED,
    /** A regulator proposed to grant or deny; waiting for a different senior regulator. */
    PROPOSED,
    /** Granted: the producer is off the list from the list version recorded. */
    GRANTED,
    /** Denied, with the reason published. */
    DENIED;

    public boolean decided() {
        return this == GRANTED || this == DENIED;
    }

    public static RemovalStatus parse(String raw) {
        try {
            return valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException(
                    "\"" + raw + "\" is not a status; use RECEIVED, PROPOSED, GRANTED or DENIED");
        }
    }
}
