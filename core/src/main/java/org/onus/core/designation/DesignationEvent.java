package org.onus.core.designation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.onus.core.review.ReviewEvent;

/** A step in a designation's life, as its timeline shows it: who did what, when, and what they said. */
@Entity
@Table(name = "designation_event")
public class DesignationEvent extends ReviewEvent<DesignationEvent.Kind> {

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
        LAPSED,
        PRODUCER_DELISTED
    }

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private Kind kind;

    protected DesignationEvent() {
        // for JPA
    }

    DesignationEvent(Kind kind, String actor, Instant at, String comment) {
        super(actor, at, comment);
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
