package org.onus.core.review;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * A step on a reviewed aggregate's timeline: who did what, when, and what they said. Each
 * aggregate keeps its own table and its own kinds of step; the shape is this one.
 */
@MappedSuperclass
public abstract class ReviewEvent<K extends Enum<K>> {

    @Id
    private UUID id;

    @Column(name = "actor", nullable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(name = "comment", length = 4000)
    private String comment;

    protected ReviewEvent() {
        // for JPA
    }

    protected ReviewEvent(String actor, Instant at, String comment) {
        this.id = UUID.randomUUID();
        this.actor = actor;
        this.at = at;
        this.comment = comment;
    }

    /** What happened, in the aggregate's own words. */
    public abstract K kind();

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
