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
    /** Withdrawn after every linked policy was shown to be repealed. */
    REVOKED;

    /** Statuses that the public may see: a designation once published stays on the record. */
    public static final Set<DesignationStatus> PUBLIC = EnumSet.of(PUBLISHED, SUPERSEDED, REVOKED);

    public boolean isPublic() {
        return PUBLIC.contains(this);
    }
}
