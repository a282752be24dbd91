package org.onus.core.publication;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.onus.core.audit.Snapshot;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;
import org.onus.core.rebuttal.Route;
import org.onus.core.review.FourEyes;
import org.onus.core.review.ReviewTrail;

/**
 * A decision on a detention case as the public reads it. Self-contained: it copies every fact it
 * shows, so it stays when the case is deleted. Exception-route releases are published at once;
 * any other decision is proposed and published only when a regulator who did not propose it
 * approves the redacted text (four eyes).
 */
@Entity
@Table(name = "published_decision")
public class PublishedDecision {

    /** Who publishes a decision nobody proposed (the exception-route release rule). */
    public static final String SYSTEM = "system";

    @Id
    private UUID id;

    @Column(name = "reference", nullable = false, unique = true, length = 20)
    private String reference;

    @Column(name = "case_id")
    private UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private DecisionKind kind;

    @Column(name = "outcome", nullable = false, length = 20)
    private String outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private PublicationStatus status;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "route", length = 20)
    private Route route;

    @Column(name = "hs_chapter", nullable = false, length = 2)
    private String hsChapter;

    @Column(name = "origin_country", length = 2)
    private String originCountry;

    @Column(name = "list_version", nullable = false)
    private int listVersion;

    @Column(name = "summary", nullable = false, length = 4000)
    private String summary;

    /** What a regulator added, checked by the redaction rule. */
    @Column(name = "note", length = 4000)
    private String note;

    /** The importer's name, only where the naming rule allows it; null otherwise. */
    @Column(name = "importer_name", length = 200)
    private String importerName;

    /** Kept to apply the naming rule at approval; never shown. */
    @Column(name = "organisation_code", length = 64)
    private String organisationCode;

    @Column(name = "proposed_by")
    private String proposedBy;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Embedded
    private ReviewTrail review = new ReviewTrail();

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_reason", length = 2000)
    private String withdrawnReason;

    // Collections are read for up to 100 loaded aggregates at a time, not one query per aggregate
    // and collection, when a list or a page loads many (issue 14).
    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "published_decision_sector", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    @Column(name = "sector_code", nullable = false, length = 64)
    private List<String> sectorCodes = new ArrayList<>();

    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "published_decision_region", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    private List<DecisionRegion> regions = new ArrayList<>();

    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "published_decision_requirement", joinColumns = @JoinColumn(name = "decision_id"))
    @OrderColumn(name = "position")
    private List<DecidedRequirement> requirements = new ArrayList<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected PublishedDecision() {
        // for JPA
    }

    private static PublishedDecision from(DecisionFacts facts, String reference, String organisationCode) {
        PublishedDecision d = new PublishedDecision();
        d.id = UUID.randomUUID();
        d.reference = Objects.requireNonNull(reference, "reference");
        d.caseId = facts.caseId();
        d.kind = facts.kind();
        d.outcome = facts.outcome();
        d.decidedOn = facts.decidedOn();
        d.route = facts.route();
        d.hsChapter = facts.hsChapter();
        d.originCountry = facts.originCountry();
        d.listVersion = facts.listVersion();
        d.sectorCodes.addAll(facts.sectorCodes());
        d.regions.addAll(facts.regions());
        d.requirements.addAll(facts.requirements());
        d.summary = DecisionText.summary(facts);
        d.organisationCode = organisationCode;
        return d;
    }

    /**
     * Rule {@code PUBLISH_EXCEPTION_RELEASES}: goods freed on the exception route are published
     * at once, with the generated summary only (nobody proposed it, nobody added text).
     */
    public static PublishedDecision publishedOnRelease(
            DecisionFacts facts, String reference, String organisationCode, LocalDate today, Instant at) {
        if (facts.route() != Route.EXCEPTION || !isFreeing(facts)) {
            throw new IllegalArgumentException("Only goods freed on the EXCEPTION route are published automatically");
        }
        PublishedDecision d = from(facts, reference, organisationCode);
        d.proposedBy = SYSTEM;
        d.proposedAt = at;
        d.status = PublicationStatus.PUBLISHED;
        d.publishedOn = today;
        d.publishedAt = at;
        return d;
    }

    private static boolean isFreeing(DecisionFacts facts) {
        return "RELEASED".equals(facts.outcome()) || "PROTEST_UPHELD".equals(facts.outcome());
    }

    /**
     * A customs supervisor or a regulator proposes a decision for publication, with an optional
     * note that the redaction rule has already passed.
     */
    public static PublishedDecision propose(
            DecisionFacts facts,
            String reference,
            String organisationCode,
            String note,
            Redaction redaction,
            String proposer,
            Instant at) {
        Objects.requireNonNull(proposer, "proposer");
        PublishedDecision d = from(facts, reference, organisationCode);
        d.note = cleanNote(note, redaction);
        d.status = PublicationStatus.PROPOSED;
        d.proposedBy = proposer;
        d.proposedAt = at;
        d.review.submitted(proposer);
        return d;
    }

    /**
     * A regulator who did not propose it approves the redacted version as it stands (403
     * otherwise); the text is checked again against the case's terms as they are now.
     *
     * @param importerName the name to show, if the naming rule allows it; null to hide it
     */
    public void approve(String regulator, Redaction redaction, String importerName, LocalDate today, Instant at) {
        FourEyes.requireIndependent(
                regulator,
                proposedBy == null ? List.of() : List.of(proposedBy),
                "Four eyes: the person who proposed this decision for publication cannot approve it;"
                        + " another regulator must");
        requireProposed("approved");
        redaction.requireClean("summary", summary);
        redaction.requireClean("note", note);
        review.approved(regulator, at);
        this.importerName = importerName;
        status = PublicationStatus.PUBLISHED;
        publishedOn = today;
        publishedAt = at;
    }

    /** The proposer or a regulator changes the note of a proposal before it is approved. */
    public void reviseNote(String newNote, Redaction redaction) {
        requireProposed("revised");
        note = cleanNote(newNote, redaction);
    }

    /** A proposal refused, or a published decision taken down, with the reason (kept, not shown). */
    public void withdraw(String by, String reason, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Say why the decision is withdrawn");
        }
        if (status == PublicationStatus.WITHDRAWN) {
            throw new ConflictException("The decision " + reference + " is already withdrawn");
        }
        if (status == PublicationStatus.PROPOSED) {
            review.returned(by, reason.strip(), at);
        }
        status = PublicationStatus.WITHDRAWN;
        withdrawnBy = by;
        withdrawnAt = at;
        withdrawnReason = reason.strip().length() > 2000 ? reason.strip().substring(0, 2000) : reason.strip();
    }

    private void requireProposed(String what) {
        if (status != PublicationStatus.PROPOSED) {
            throw new ConflictException(
                    "The decision " + reference + " is " + status + "; only a proposed one can be " + what,
                    List.of(new Problem("status", "Only a PROPOSED decision can be " + what)));
        }
    }

    private static String cleanNote(String note, Redaction redaction) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String n = note.strip();
        if (n.length() > 4000) {
            throw InvalidInputException.of("note", "At most 4,000 characters");
        }
        redaction.requireClean("note", n);
        return n;
    }

    /** The text the public reads: the summary and the regulator's note. */
    public String publicText() {
        return note == null ? summary : summary + "\n\n" + note;
    }

    public boolean isPublished() {
        return status == PublicationStatus.PUBLISHED;
    }

    public boolean isProposed() {
        return status == PublicationStatus.PROPOSED;
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public UUID caseId() {
        return caseId;
    }

    public DecisionKind kind() {
        return kind;
    }

    public String outcome() {
        return outcome;
    }

    public PublicationStatus status() {
        return status;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public Route route() {
        return route;
    }

    public String hsChapter() {
        return hsChapter;
    }

    public String originCountry() {
        return originCountry;
    }

    public int listVersion() {
        return listVersion;
    }

    public String summary() {
        return summary;
    }

    public String note() {
        return note;
    }

    public String importerName() {
        return importerName;
    }

    public String organisationCode() {
        return organisationCode;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public String approvedBy() {
        return review.approvedBy();
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public String withdrawnReason() {
        return withdrawnReason;
    }

    public List<String> sectorCodes() {
        return List.copyOf(sectorCodes);
    }

    /** The regions the screening named (not their ancestors). */
    public List<String> regionCodes() {
        return regions.stream()
                .filter(DecisionRegion::direct)
                .map(DecisionRegion::code)
                .toList();
    }

    public List<DecidedRequirement> requirements() {
        return List.copyOf(requirements);
    }

    public Snapshot snapshot() {
        return Snapshot.of("reference", reference)
                .and("kind", kind)
                .and("outcome", outcome)
                .and("status", status)
                .and("decidedOn", decidedOn)
                .and("route", route)
                .and("listVersion", listVersion)
                .and("noteLength", note == null ? 0 : note.length())
                .and("importerNamed", importerName != null)
                .and("proposedBy", proposedBy)
                .and("approvedBy", review.approvedBy())
                .and("withdrawnBy", withdrawnBy);
    }
}
