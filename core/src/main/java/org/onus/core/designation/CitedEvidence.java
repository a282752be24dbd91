package org.onus.core.designation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import java.util.UUID;

/** One evidence-library item cited for one requirement of a proposed revocation. */
@Embeddable
public class CitedEvidence {

    @Column(name = "requirement_code", nullable = false, length = 80)
    private String requirement;

    @Column(name = "evidence_id", nullable = false)
    private UUID evidenceId;

    protected CitedEvidence() {
        // for JPA
    }

    public CitedEvidence(String requirement, UUID evidenceId) {
        this.requirement = Objects.requireNonNull(requirement);
        this.evidenceId = Objects.requireNonNull(evidenceId);
    }

    public String requirement() {
        return requirement;
    }

    public UUID evidenceId() {
        return evidenceId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CitedEvidence other
                && requirement.equals(other.requirement)
                && evidenceId.equals(other.evidenceId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requirement, evidenceId);
    }
}
