package org.onus.core.designation;

import java.util.Locale;
import org.onus.core.problem.InvalidInputException;

/** What a review of a designation in force decides. */
public enum ReviewDecision {
    CONFIRM,
    AMEND,
    REVOKE,
    WITHDRAW;

    public static ReviewDecision parse(String raw) {
        try {
            return valueOf(raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("decision", "Choose CONFIRM, AMEND, REVOKE or WITHDRAW");
        }
    }
}
