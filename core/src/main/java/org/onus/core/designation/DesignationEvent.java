package org.onus.core.designation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A step in a designation's life, as its timeline shows it: who did what, when, and what they said. */
@Entity
@Table(name = "designation_event")
public class DesignationEvent {

    /** What happened. */
    public enum Kind {
        DRAFTED,
        AMENDMENT_DRAFTED,
        EDITED,
        ASSESSED,
        SUBMITTED,
        RETURNED,
        APPROVED,
        PUBLISHED,
        REVIEWED,
        SUPERSEDED,
        REVOCATION_PROPOSED,
        REVOCATION_REFUSED,
        REVOKED,
        WITHDRAWAL_PROPOSED,
        WITHDRAWAL_REFUSED,
        WITHDRAWN,
        LAPSE_DECIDED,
        EXTENDED,
        LAPSE_REVIEW_OVERDUE,
        LAPSED
    }

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private Kind kind;

    @Column(name = "actor", nullable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(name = "comment", length = 4000)
    private String comment;

    protected DesignationEvent() {
        // for JPA
    }

    DesignationEvent(Kind kind, String actor, Instant at, String comment) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.actor = actor;
        this.at = at;
        this.comment = comment;
    }

    public Kind kind() {
        return kind;
    }

    public String actor() {
        return actor;
    }

    public Instant at() {
        return at;
    }

    public String comment() {
        return comment;
    }
}
