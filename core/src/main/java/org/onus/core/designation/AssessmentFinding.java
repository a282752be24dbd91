package org.onus.core.designation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;

/** How a risk assessment is stored: one row per step or matrix cell, with its citations in order. */
@Entity
@Table(name = "assessment_finding")
class AssessmentFinding {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "item", nullable = false, length = 60)
    private AssessmentItem item;

    @Column(name = "present")
    private Boolean present;

    @Column(name = "findings", length = RiskAssessment.MAX_TEXT)
    private String findings;

    @Column(name = "no_evidence_reason", length = RiskAssessment.MAX_REASON)
    private String noEvidenceReason;

    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assessment_citation", joinColumns = @JoinColumn(name = "finding_id"))
    @OrderColumn(name = "position")
    @Column(name = "evidence_id", nullable = false)
    private List<UUID> evidenceIds = new ArrayList<>();

    protected AssessmentFinding() {
        // for JPA
    }

    static AssessmentFinding precondition(AssessmentItem item, RiskAssessment.Precondition p) {
        AssessmentFinding f = new AssessmentFinding(item, p.findings(), p.evidenceIds());
        f.present = p.present();
        return f;
    }

    static AssessmentFinding cell(AssessmentItem item, RiskAssessment.Cell c) {
        AssessmentFinding f = new AssessmentFinding(item, c.findings(), c.evidenceIds());
        f.noEvidenceReason = c.noEvidenceReason();
        return f;
    }

    private AssessmentFinding(AssessmentItem item, String findings, List<UUID> evidenceIds) {
        this.id = UUID.randomUUID();
        this.item = item;
        this.findings = findings;
        this.evidenceIds.addAll(evidenceIds);
    }

    AssessmentItem item() {
        return item;
    }

    RiskAssessment.Precondition asPrecondition() {
        return new RiskAssessment.Precondition(Boolean.TRUE.equals(present), findings, evidenceIds);
    }

    RiskAssessment.Cell asCell() {
        return new RiskAssessment.Cell(findings, evidenceIds, noEvidenceReason);
    }
}
