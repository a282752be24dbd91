package org.onus.core.upr;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.onus.core.review.ReviewEvent;

/** A step in a recommendation's life as its timeline shows it: who, what, when, and their comment. */
@Entity
@Table(name = "upr_recommendation_event")
public class RecommendationEvent extends ReviewEvent<RecommendationEvent.Kind> {

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

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private Kind kind;

    protected RecommendationEvent() {
        // for JPA
    }

    RecommendationEvent(Kind kind, String actor, Instant at, String comment) {
        super(actor, at, comment);
        this.kind = kind;
    }

    @Override
    public Kind kind() {
        return kind;
    }
}
