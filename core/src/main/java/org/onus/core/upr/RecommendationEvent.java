package org.onus.core.upr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A step in a recommendation's life as its timeline shows it: who, what, when, and their comment. */
@Entity
@Table(name = "upr_recommendation_event")
public class RecommendationEvent {

    public enum Kind {
        DRAFTED,
        REVISION_DRAFTED,
        EDITED,
        SUBMITTED,
        RETURNED,
        APPROVED,
        SUPERSEDED,
        RESPONSE_RECORDED
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

    protected RecommendationEvent() {
        // for JPA
    }

    RecommendationEvent(Kind kind, String actor, Instant at, String comment) {
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
