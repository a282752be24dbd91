package org.onus.core.review;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/**
 * Where a reviewed thing stands with its reviewer: who submitted it, and who last reviewed it,
 * when, with what verdict and why. The aggregate embeds it and keeps its own statuses; the trail
 * only remembers. Its columns have the same names in every table that embeds it.
 */
@Embeddable
public class ReviewTrail {

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "review_verdict", length = 20)
    private Verdict verdict;

    @Column(name = "review_reason", length = 4000)
    private String reason;

    public ReviewTrail() {
        // nothing submitted yet; JPA uses this too
    }

    /** Sent to review; a verdict from an earlier round no longer stands. */
    public void submitted(String by) {
        submittedBy = by;
        reviewedBy = null;
        reviewedAt = null;
        verdict = null;
        reason = null;
    }

    public void approved(String by, Instant at) {
        reviewedBy = by;
        reviewedAt = at;
        verdict = Verdict.APPROVED;
        reason = null;
    }

    /** Back to its author with what to change; it is no longer submitted. */
    public void returned(String by, String why, Instant at) {
        submittedBy = null;
        reviewedBy = by;
        reviewedAt = at;
        verdict = Verdict.RETURNED;
        reason = why;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public Instant reviewedAt() {
        return reviewedAt;
    }

    public Verdict verdict() {
        return verdict;
    }

    public String reason() {
        return reason;
    }

    /** Who approved it; empty (null) unless the last review approved it. */
    public String approvedBy() {
        return verdict == Verdict.APPROVED ? reviewedBy : null;
    }

    public Instant approvedAt() {
        return verdict == Verdict.APPROVED ? reviewedAt : null;
    }
}
