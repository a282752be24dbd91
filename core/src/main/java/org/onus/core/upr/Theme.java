package org.onus.core.upr;

import java.util.Optional;

/**
 * The themes recommendations are filed under, close to the issues of the UPR Info database, so
 * that a submission can be compared with earlier cycles. The order is the order of a submission's
 * sections.
 */
public enum Theme {
    FORCED_LABOUR("Forced labour"),
    ARBITRARY_DETENTION("Arbitrary detention"),
    MINORITIES("Minorities"),
    FREEDOM_OF_MOVEMENT("Freedom of movement"),
    FREEDOM_OF_RELIGION("Freedom of religion or belief"),
    FREEDOM_OF_EXPRESSION("Freedom of opinion and expression"),
    TORTURE("Torture and other ill-treatment"),
    ENFORCED_DISAPPEARANCES("Enforced disappearances"),
    HUMAN_RIGHTS_DEFENDERS("Human rights defenders"),
    BUSINESS_AND_HUMAN_RIGHTS("Business and human rights"),
    TREATY_RATIFICATION("Ratification of international instruments"),
    TREATY_IMPLEMENTATION("Implementation of international obligations"),
    COOPERATION_WITH_UN("Cooperation with UN mechanisms"),
    RIGHTS_OF_THE_CHILD("Rights of the child"),
    WOMENS_RIGHTS("Women's rights"),
    ACCESS_TO_JUSTICE("Access to justice and remedy");

    private final String label;

    Theme(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String code() {
        return name();
    }

    /** A theme by its code ({@code FORCED_LABOUR}) or its label, ignoring case. */
    public static Optional<Theme> parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        String s = raw.strip();
        for (Theme t : values()) {
            if (t.name().equalsIgnoreCase(s.replace('-', '_').replace(' ', '_')) || t.label.equalsIgnoreCase(s)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
