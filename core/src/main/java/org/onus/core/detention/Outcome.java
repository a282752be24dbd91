package org.onus.core.detention;

import java.util.Locale;
import org.onus.core.problem.InvalidInputException;

/** What an officer decides on a filed rebuttal. */
public enum Outcome {
    RELEASE,
    CONFISCATE,
    REQUEST_INFO;

    public static Outcome parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw InvalidInputException.of("outcome", "Choose the outcome: RELEASE, CONFISCATE or REQUEST_INFO");
        }
        try {
            return valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of(
                    "outcome", "\"" + raw.strip() + "\" is not an outcome; use RELEASE, CONFISCATE or REQUEST_INFO");
        }
    }
}
