package org.onus.core.entry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * One ground an officer cited for a manual detention: a designation or policy (by id), a region
 * (by code) or a producer (by name). What a rebuttal must prove follows from these.
 */
@Embeddable
public class ManualGround {

    /** What a cited ground names. */
    public enum Kind {
        DESIGNATION,
        POLICY,
        REGION,
        PRODUCER
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Kind kind;

    @Column(name = "cited", nullable = false, length = 500)
    private String value;

    protected ManualGround() {
        // for JPA
    }

    public ManualGround(Kind kind, String value) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.value = Objects.requireNonNull(value, "value");
    }

    public Kind kind() {
        return kind;
    }

    /** A designation's or policy's id, a region code, or a producer's name as the officer wrote it. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ManualGround g && kind == g.kind && value.equals(g.value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, value);
    }

    @Override
    public String toString() {
        return kind + ":" + value;
    }
}
