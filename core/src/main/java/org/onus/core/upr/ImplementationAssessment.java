package org.onus.core.upr;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.onus.core.audit.Snapshot;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

/**
 * One judgement of how far a supported or noted recommendation has been implemented, as of a day,
 * with the public evidence it rests on. Never changed: a later judgement is a new assessment, so
 * the rows of a subject are its status history, and the mid-term report shows the latest.
 */
@Entity
@Table(name = "upr_implementation")
public class ImplementationAssessment {

    public static final int MAX_NOTE = 4000;
    public static final int MAX_EVIDENCE = 30;

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 10)
    private FollowUpSubject.Kind subjectKind;

    @Column(name = "subject_id", nullable = false)
    private UUID subjectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private ImplementationStatus status;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate assessedOn;

    @Column(name = "note", length = MAX_NOTE)
    private String note;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "upr_implementation_evidence", joinColumns = @JoinColumn(name = "implementation_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "evidence_id", nullable = false)
    private List<UUID> evidenceIds = new ArrayList<>();

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ImplementationAssessment() {
        // for JPA
    }

    /** What a drafter sends, raw; {@link #record} validates it. */
    public record Description(String status, String assessedOn, String note, Collection<String> evidenceIds) {}

    /**
     * Whether an evidence item may be cited: it exists, this person may see it, and it is public (the
     * mid-term report goes to the UN and is published).
     */
    public interface Citable extends Predicate<UUID> {}

    /**
     * @param today the day in the portal's time: an assessment cannot speak for a day still to come
     */
    public static ImplementationAssessment record(
            FollowUpSubject subject, Description d, Citable citable, LocalDate today, String by, Instant at) {
        List<Problem> problems = new ArrayList<>();
        ImplementationStatus status = ImplementationStatus.parse(d.status()).orElse(null);
        if (status == null) {
            problems.add(new Problem("status", "Choose NOT_IMPLEMENTED, PARTIALLY_IMPLEMENTED or FULLY_IMPLEMENTED"));
        }
        LocalDate on = null;
        if (d.assessedOn() == null || d.assessedOn().isBlank()) {
            problems.add(new Problem("assessedOn", "Enter the date of the assessment as 2026-01-23"));
        } else {
            try {
                on = LocalDate.parse(d.assessedOn().strip());
                if (on.isAfter(today)) {
                    problems.add(new Problem("assessedOn", "The date of the assessment cannot be in the future"));
                    on = null;
                }
            } catch (DateTimeParseException e) {
                problems.add(new Problem("assessedOn", "Enter the date of the assessment as 2026-01-23"));
            }
        }
        String text = d.note() == null || d.note().isBlank() ? null : d.note().strip();
        if (text != null && text.length() > MAX_NOTE) {
            problems.add(new Problem("note", "A note has at most 4,000 characters"));
        }
        List<UUID> ids = new ArrayList<>();
        for (String raw : d.evidenceIds() == null ? List.<String>of() : d.evidenceIds()) {
            if (raw == null || raw.isBlank()) {
                continue;
            }
            try {
                UUID id = UUID.fromString(raw.strip());
                if (!citable.test(id)) {
                    problems.add(new Problem(
                            "evidenceIds",
                            "Evidence " + id + " cannot be cited: it does not exist, or it is not public"
                                    + " (the mid-term report is published)"));
                } else if (!ids.contains(id)) {
                    ids.add(id);
                }
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("evidenceIds", "\"" + raw.strip() + "\" is not an evidence id"));
            }
        }
        if (ids.size() > MAX_EVIDENCE) {
            problems.add(new Problem("evidenceIds", "Cite at most " + MAX_EVIDENCE + " sources"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ImplementationAssessment a = new ImplementationAssessment();
        a.id = UUID.randomUUID();
        a.subjectKind = subject.kind();
        a.subjectId = subject.id();
        a.status = status;
        a.assessedOn = on;
        a.note = text;
        a.evidenceIds.addAll(ids);
        a.recordedBy = by;
        a.recordedAt = at;
        return a;
    }

    /** Newest first: the later day, and on the same day the later recording. */
    public static int newestFirst(ImplementationAssessment a, ImplementationAssessment b) {
        int byDay = b.assessedOn.compareTo(a.assessedOn);
        return byDay != 0 ? byDay : b.recordedAt.compareTo(a.recordedAt);
    }

    public UUID id() {
        return id;
    }

    public FollowUpSubject subject() {
        return new FollowUpSubject(subjectKind, subjectId);
    }

    public ImplementationStatus status() {
        return status;
    }

    public LocalDate assessedOn() {
        return assessedOn;
    }

    public String note() {
        return note;
    }

    public List<UUID> evidenceIds() {
        return List.copyOf(evidenceIds);
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Snapshot snapshot() {
        return Snapshot.of("assessmentId", id)
                .and("subjectKind", subjectKind)
                .and("subjectId", subjectId)
                .and("status", status)
                .and("assessedOn", assessedOn)
                .and("note", note)
                .and("evidenceIds", evidenceIds);
    }
}
