package org.onus.core.designation;

import java.util.Locale;
import org.onus.core.problem.InvalidInputException;

/** What the lapse review before a designation's last day decides. */
public enum LapseDecision {
    LAPSE,
    EXTEND;

    public static LapseDecision parse(String raw) {
        try {
            return valueOf(raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("decision", "Choose LAPSE or EXTEND");
        }
    }
}
