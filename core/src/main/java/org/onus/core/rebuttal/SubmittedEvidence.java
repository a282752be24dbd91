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

    /** Whether this evidence counts towards the requirement with that code. */
    public boolean counts(RequirementCode code) {
        return code.equals(requirement)
                && admissible
                && review == EvidenceReview.ACCEPTED
                && type != CaseEvidenceType.FACTORY_AUDIT;
    }
}
