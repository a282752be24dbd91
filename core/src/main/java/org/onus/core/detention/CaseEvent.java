package org.onus.core.detention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A step on a case's timeline. */
@Entity
@Table(name = "case_event")
public class CaseEvent {

    @Id
    private UUID id;

    @Column(name = "kind", nullable = false, length = 40)
    private String kind;

    @Column(name = "actor", nullable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(name = "detail", length = 4000)
    private String detail;

    protected CaseEvent() {
        // for JPA
    }

    CaseEvent(String kind, String actor, Instant at, String detail) {
        this.id = UUID.randomUUID();
        this.kind = kind;
        this.actor = actor;
        this.at = at;
        this.detail = detail;
    }

    public String kind() {
        return kind;
    }

    public String actor() {
        return actor;
    }

    public Instant at() {
        return at;
    }

    public String detail() {
        return detail;
    }
}
