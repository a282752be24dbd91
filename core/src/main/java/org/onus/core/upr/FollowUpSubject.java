package org.onus.core.upr;

import java.util.Objects;
import java.util.UUID;

/**
 * What a follow-up assessment is about: one of the team's own recommendations (a revision the
 * State answered) or a recommendation imported from the UN's record.
 */
public record FollowUpSubject(Kind kind, UUID id) {

    public enum Kind {
        /** A {@link Recommendation} the team drafted, by the id of the revision put to the State. */
        OWN,
        /** An {@link UprRecord} imported from UPR Info's or the UN index's data. */
        IMPORTED
    }

    public FollowUpSubject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static FollowUpSubject own(UUID recommendationId) {
        return new FollowUpSubject(Kind.OWN, recommendationId);
    }

    public static FollowUpSubject imported(UUID recordId) {
        return new FollowUpSubject(Kind.IMPORTED, recordId);
    }

    /** The audit trail's entity type for the subject: its follow-up is part of its story. */
    public String entityType() {
        return kind == Kind.OWN ? UprService.RECOMMENDATION : UprFollowUpService.RECORD;
    }
}
