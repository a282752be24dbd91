package org.onus.core.rebuttal;

import java.util.Locale;

/** The two ways an importer can rebut the presumption against a detained entry. */
public enum Route {
    /** The matched inputs do not come from the designated scope: trace each of them. */
    NOT_APPLICABLE,
    /** The inputs do come from the designated scope but were not made with forced labour. */
    EXCEPTION;

    public boolean isException() {
        return this == EXCEPTION;
    }

    public static Route parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("Choose the route: NOT_APPLICABLE or EXCEPTION");
        }
        try {
            return valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "\"" + raw.strip() + "\" is not a route; use NOT_APPLICABLE or EXCEPTION");
        }
    }
}
