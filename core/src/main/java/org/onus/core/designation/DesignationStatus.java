package org.onus.core.designation;

import java.util.EnumSet;
import java.util.Set;

/** Where a designation stands in its lifecycle. */
public enum DesignationStatus {
    /** Being written; only regulators see it. */
    DRAFT,
    /** Submitted; waiting for a senior regulator who did not draft it. */
    IN_REVIEW,
    /** Approved; published on its effective date. */
    APPROVED,
    /** On the public list. */
    PUBLISHED,
    /** Replaced by a newer version of the same designation. */
    SUPERSEDED,
    /**
     * Revoked on the merits, under four eyes, once the proof an exception release needs for its
     * regions was shown.
     */
    REVOKED,
    /** Withdrawn for error (made by mistake or annulled by a court), under four eyes. */
    WITHDRAWN,
    /** Ended on its last day in force, after a regulator reviewed and decided to let it lapse. */
    LAPSED;

    /** Statuses that the public may see: a designation once published stays on the record. */
    public static final Set<DesignationStatus> PUBLIC = EnumSet.of(PUBLISHED, SUPERSEDED, REVOKED, WITHDRAWN, LAPSED);

    public boolean isPublic() {
        return PUBLIC.contains(this);
    }
}
