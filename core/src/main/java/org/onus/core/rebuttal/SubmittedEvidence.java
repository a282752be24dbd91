package org.onus.core.rebuttal;

import java.util.Objects;

/**
 * What the satisfaction rule needs to know about one piece of case evidence: its type, the
 * requirement it is linked to ({@code null} if none), whether the admissibility table admitted it,
 * and the officer's review.
 */
public record SubmittedEvidence(
        CaseEvidenceType type, RequirementCode requirement, boolean admissible, EvidenceReview review) {

    public SubmittedEvidence {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(review, "review");
    }

    /**
     * Whether this evidence counts towards the requirement with that code: linked to it, admitted
     * by the table, accepted by an officer, and of no type that {@link
     * CaseEvidenceType#neverAdmissible() never counts}. (For a trace, what it counts towards is
     * one group of the requirement's chain.)
     */
    public boolean counts(RequirementCode code) {
        return code.equals(requirement) && admissible && review == EvidenceReview.ACCEPTED && !type.neverAdmissible();
    }
}
