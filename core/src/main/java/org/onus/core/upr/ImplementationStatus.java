package org.onus.core.upr;

import java.util.Locale;
import java.util.Optional;

/**
 * How far the State under review has carried out a recommendation it supported or noted, as the
 * team judges it between cycles (the three grades UPR Info's mid-term assessments use).
 */
public enum ImplementationStatus {
    NOT_IMPLEMENTED("Not implemented"),
    PARTIALLY_IMPLEMENTED("Partially implemented"),
    FULLY_IMPLEMENTED("Fully implemented");

    private final String label;

    ImplementationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Reads a code as people send it ("partially_implemented", " FULLY_IMPLEMENTED "); empty when it is none. */
    public static Optional<ImplementationStatus> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(
                    raw.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
