package org.onus.core.detention;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.UUID;
import org.onus.core.policy.PolicyStatus;
import org.onus.core.rebuttal.CaseEvidenceType;

/**
 * One line of the proof a freeing decision relied on, frozen at that moment: a requirement with
 * one accepted document that met it (one line per document), or with the registry status of the
 * policy it names. Later reclassification or registry changes never rewrite it.
 */
@Embeddable
public class ProofLine {

    @Column(name = "requirement_code", nullable = false, length = 80)
    private String requirementCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "policy_status", length = 30)
    private PolicyStatus policyStatus;

    @Column(name = "evidence_id")
    private UUID evidenceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_type", length = 30)
    private CaseEvidenceType evidenceType;

    @Column(name = "sha256", length = 64)
    private String sha256;

    @Column(name = "accepted_by")
    private String acceptedBy;

    protected ProofLine() {
        // for JPA
    }

    ProofLine(String requirementCode, PolicyStatus policyStatus, CaseEvidence document) {
        this.requirementCode = requirementCode;
        this.policyStatus = policyStatus;
        if (document != null) {
            this.evidenceId = document.id();
            this.evidenceType = document.type();
            this.sha256 = document.sha256();
            this.acceptedBy = document.reviewedBy();
        }
    }

    public String requirementCode() {
        return requirementCode;
    }

    /** The registry status of the requirement's policy at the moment of the decision, if it names one. */
    public PolicyStatus policyStatus() {
        return policyStatus;
    }

    public UUID evidenceId() {
        return evidenceId;
    }

    public CaseEvidenceType evidenceType() {
        return evidenceType;
    }

    public String sha256() {
        return sha256;
    }

    public String acceptedBy() {
        return acceptedBy;
    }
}
