package org.onus.core.detention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.onus.core.problem.ConflictException;
import org.onus.core.rebuttal.CaseEvidenceType;
import org.onus.core.rebuttal.EvidenceReview;
import org.onus.core.rebuttal.RequirementCode;
import org.onus.core.rebuttal.SubmittedEvidence;

/**
 * A document the importer offered in a case. It stays on file whatever becomes of it: the
 * admissibility table's judgement and the officer's review are recorded beside it, never instead.
 */
@Entity
@Table(name = "case_evidence")
public class CaseEvidence {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "evidence_type", nullable = false, length = 30)
    private CaseEvidenceType type;

    @Column(name = "requirement_code", length = 80)
    private String requirementCode;

    @Column(name = "description", nullable = false, length = 2000)
    private String description;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 120)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    /** Null until the admissibility table has judged it (in the upload's own transaction). */
    @Column(name = "admissible")
    private Boolean admissible;

    @Column(name = "admissibility_reason", length = 1000)
    private String admissibilityReason;

    @Column(name = "admissibility_table_version")
    private Integer admissibilityTableVersion;

    @Enumerated(EnumType.STRING)
    @Column(name = "review", nullable = false, length = 10)
    private EvidenceReview review;

    @Column(name = "review_reason", length = 2000)
    private String reviewReason;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "uploaded_by", nullable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected CaseEvidence() {
        // for JPA
    }

    /** What the importer says a file is; the file itself has been inspected and kept by then. */
    public record Offer(
            CaseEvidenceType type,
            RequirementCode requirement,
            String description,
            String fileName,
            String mediaType,
            long size,
            String sha256) {}

    CaseEvidence(Offer offer, String uploadedBy, Instant at) {
        this.id = UUID.randomUUID();
        this.type = offer.type();
        this.requirementCode =
                offer.requirement() == null ? null : offer.requirement().code();
        this.description = offer.description();
        this.fileName = offer.fileName();
        this.mediaType = offer.mediaType();
        this.size = offer.size();
        this.sha256 = offer.sha256();
        this.review = EvidenceReview.PENDING;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = at;
    }

    void judged(boolean admissible, String reason) {
        judged(admissible, reason, null);
    }

    /** @param tableVersion the admissibility table's version that judged it (null: not known) */
    void judged(boolean admissible, String reason, Integer tableVersion) {
        // Audits, certifications and OTHER satisfy nothing, whatever a table row might say.
        this.admissible = admissible && !type.neverAdmissible();
        this.admissibilityReason = reason;
        this.admissibilityTableVersion = tableVersion;
    }

    /**
     * An officer corrects the type and the table's new verdict is recorded. If the verdict
     * changed, the earlier review no longer stands (nothing stale counts).
     *
     * @return whether an earlier review was cleared
     */
    boolean reclassified(CaseEvidenceType newType, boolean admissible, String reason) {
        return reclassified(newType, admissible, reason, null);
    }

    boolean reclassified(CaseEvidenceType newType, boolean admissible, String reason, Integer tableVersion) {
        boolean wasAdmissible = isAdmissible();
        this.type = newType;
        judged(admissible, reason, tableVersion);
        if (wasAdmissible == isAdmissible() || review == EvidenceReview.PENDING) {
            return false;
        }
        this.review = EvidenceReview.PENDING;
        this.reviewReason = null;
        this.reviewedBy = null;
        this.reviewedAt = null;
        return true;
    }

    void reviewed(boolean accepted, String reason, String officer, Instant at) {
        if (accepted && !isAdmissible()) {
            throw new ConflictException("Inadmissible evidence cannot be accepted: "
                    + (admissibilityReason == null ? "it has not been judged yet" : admissibilityReason));
        }
        this.review = accepted ? EvidenceReview.ACCEPTED : EvidenceReview.REJECTED;
        this.reviewReason = reason;
        this.reviewedBy = officer;
        this.reviewedAt = at;
    }

    SubmittedEvidence asSubmitted() {
        return new SubmittedEvidence(type, requirement(), isAdmissible(), review);
    }

    public UUID id() {
        return id;
    }

    public CaseEvidenceType type() {
        return type;
    }

    public RequirementCode requirement() {
        return requirementCode == null ? null : RequirementCode.parse(requirementCode);
    }

    public String requirementCode() {
        return requirementCode;
    }

    public String description() {
        return description;
    }

    public String fileName() {
        return fileName;
    }

    public String mediaType() {
        return mediaType;
    }

    public long size() {
        return size;
    }

    public String sha256() {
        return sha256;
    }

    public boolean isAdmissible() {
        return Boolean.TRUE.equals(admissible);
    }

    /** The version of the admissibility table the document was last judged under, if known. */
    public Integer admissibilityTableVersion() {
        return admissibilityTableVersion;
    }

    public String admissibilityReason() {
        return admissibilityReason;
    }

    public EvidenceReview review() {
        return review;
    }

    public String reviewReason() {
        return reviewReason;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public String uploadedBy() {
        return uploadedBy;
    }

    public Instant uploadedAt() {
        return uploadedAt;
    }
}
