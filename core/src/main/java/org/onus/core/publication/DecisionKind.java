package org.onus.core.publication;

import java.util.Optional;
import org.onus.core.detention.CaseStatus;

/** What kind of decision is published; follows from the case's status when it was decided. */
public enum DecisionKind {
    RELEASE,
    CONFISCATION,
    EXCLUSION,
    PROTEST_DECISION;

    /** The kind of the decision a case in this status carries; none while it is undecided or reopened. */
    public static Optional<DecisionKind> of(CaseStatus status) {
        return Optional.ofNullable(
                switch (status) {
                    case RELEASED -> RELEASE;
                    case CONFISCATED -> CONFISCATION;
                    case EXCLUDED -> EXCLUSION;
                    case PROTEST_UPHELD, PROTEST_DENIED -> PROTEST_DECISION;
                    default -> null;
                });
    }
}
