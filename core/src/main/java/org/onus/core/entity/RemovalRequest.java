package org.onus.core.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.onus.core.audit.Snapshot;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;

/**
 * A request to take a producer off a designation's entity list, filed by the producer or anyone
 * for it, and its decision under four eyes: one regulator proposes (grant or deny, with reasons), a
 * different senior regulator approves or sends the proposal back. The requester is known only by
 * the receipt code's hash.
 */
@Entity
@Table(name = "entity_removal_request")
@NamedQuery(name = "RemovalRequest.byReceipt", query = "select r from RemovalRequest r where r.receiptHash = :hash")
@NamedQuery(
        name = "RemovalRequest.decidedIn",
        query = "select r from RemovalRequest r where r.listVersion between :from and :to"
                + " order by r.decidedAt, r.id")
public class RemovalRequest {

    public static final int REASONS_MAX = 10_000;
    public static final int DECISION_REASON_MAX = 4_000;
    public static final int CONTACT_MAX = 500;

    /** Who is asking: the listed producer itself, or someone on its behalf (a buyer, a lawyer, a union...). */
    public enum Relation {
        ENTITY,
        ON_BEHALF
    }

    /** What the regulator proposes and the senior regulator decides. */
    public enum Outcome {
        GRANT,
        DENY
    }

    @Id
    private UUID id;

    @Column(name = "reference", nullable = false, length = 20, unique = true)
    private String reference;

    @Column(name = "receipt_hash", nullable = false, length = 64, unique = true)
    private String receiptHash;

    @Column(name = "designation_id", nullable = false)
    private UUID designationId;

    @Column(name = "series_id", nullable = false)
    private UUID seriesId;

    @Column(name = "designation_title", nullable = false, length = 500)
    private String designationTitle;

    @Column(name = "producer_name", nullable = false, length = 500)
    private String producerName;

    @Column(name = "normalised_name", nullable = false, length = 500)
    private String normalisedName;

    @Enumerated(EnumType.STRING)
    @Column(name = "relation", nullable = false, length = 20)
    private Relation relation;

    @Column(name = "reasons", nullable = false, length = REASONS_MAX)
    private String reasons;

    @Column(name = "contact", length = CONTACT_MAX)
    private String contact;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private RemovalStatus status;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "proposed_outcome", length = 10)
    private Outcome proposedOutcome;

    @Column(name = "proposal_reason", length = DECISION_REASON_MAX)
    private String proposalReason;

    @Column(name = "proposed_by", length = 255)
    private String proposedBy;

    @Column(name = "proposed_at")
    private Instant proposedAt;

    @Column(name = "decided_by", length = 255)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** The list version the decision is published with (for a grant, the one that took the producer off). */
    @Column(name = "list_version")
    private Integer listVersion;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "entity_removal_attachment", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    private List<RemovalAttachment> attachments = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected RemovalRequest() {
        // for JPA
    }

    /** What the requester says: which listing, who they are, why, and how to reach them (optional). */
    public record Description(String relation, String reasons, String contact) {}

    /** The listing a request is about, as the list has it. */
    public record Subject(
            UUID designationId, UUID seriesId, String designationTitle, String name, String normalisedName) {}

    /** Checks what the requester typed; every wrong field together. */
    public static Relation check(Description d) {
        List<Problem> problems = new ArrayList<>();
        Relation relation = null;
        try {
            relation = d.relation() == null || d.relation().isBlank()
                    ? Relation.ON_BEHALF
                    : Relation.valueOf(d.relation().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("relation", "Say ENTITY (you are the listed producer) or ON_BEHALF"));
        }
        if (d.reasons() == null || d.reasons().isBlank()) {
            problems.add(new Problem("reasons", "Say why the producer should be taken off the list"));
        } else if (d.reasons().strip().length() > REASONS_MAX) {
            problems.add(new Problem("reasons", "At most " + REASONS_MAX + " characters"));
        }
        if (d.contact() != null && d.contact().strip().length() > CONTACT_MAX) {
            problems.add(new Problem("contact", "At most " + CONTACT_MAX + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return relation;
    }

    static RemovalRequest file(
            Subject subject, Description d, List<RemovalAttachment> files, String receiptHash, Instant at) {
        Relation relation = check(d);
        RemovalRequest r = new RemovalRequest();
        r.id = UUID.randomUUID();
        r.reference = "RR-" + r.id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
        r.receiptHash = receiptHash;
        r.designationId = subject.designationId();
        r.seriesId = subject.seriesId();
        r.designationTitle = subject.designationTitle();
        r.producerName = subject.name();
        r.normalisedName = subject.normalisedName();
        r.relation = relation;
        r.reasons = d.reasons().strip();
        r.contact = d.contact() == null || d.contact().isBlank()
                ? null
                : d.contact().strip();
        r.status = RemovalStatus.RECEIVED;
        r.receivedAt = at;
        r.attachments.addAll(files);
        return r;
    }

    /** A regulator proposes the decision. */
    void propose(Outcome outcome, String reason, String by, Instant at) {
        if (status != RemovalStatus.RECEIVED) {
            throw new ConflictException(
                    "A decision can be proposed only on a request received and not yet proposed; this one is " + status,
                    List.of(new Problem("status", "The request is " + status)));
        }
        if (outcome == null) {
            throw InvalidInputException.of("outcome", "Propose GRANT or DENY");
        }
        if (reason == null || reason.isBlank() || reason.strip().length() > DECISION_REASON_MAX) {
            throw InvalidInputException.of(
                    "reason",
                    "Give the reasons for the decision (published with it), at most " + DECISION_REASON_MAX
                            + " characters");
        }
        proposedOutcome = outcome;
        proposalReason = reason.strip();
        proposedBy = by;
        proposedAt = at;
        status = RemovalStatus.PROPOSED;
    }

    /**
     * The second pair of eyes: never the proposer.
     *
     * @throws ForbiddenActionException when the approver proposed it
     */
    void requireIndependentDecider(String by) {
        if (status != RemovalStatus.PROPOSED) {
            throw new ConflictException(
                    "Only a proposed decision can be approved or sent back; this request is " + status,
                    List.of(new Problem("status", "The request is " + status)));
        }
        if (by.equals(proposedBy)) {
            throw new ForbiddenActionException(
                    "A decision on a removal request needs a senior regulator who did not propose it");
        }
    }

    /** The senior regulator approves: the proposal becomes the decision, published with the list version. */
    void decide(String by, Instant at, int publishedWith) {
        requireIndependentDecider(by);
        status = proposedOutcome == Outcome.GRANT ? RemovalStatus.GRANTED : RemovalStatus.DENIED;
        decidedBy = by;
        decidedAt = at;
        listVersion = publishedWith;
    }

    /** The senior regulator sends the proposal back: the request is open again. */
    void sendBack(String by) {
        requireIndependentDecider(by);
        status = RemovalStatus.RECEIVED;
        proposedOutcome = null;
        proposalReason = null;
        proposedBy = null;
        proposedAt = null;
    }

    public Snapshot snapshot() {
        return Snapshot.of("reference", reference)
                .and("status", status)
                .and("designationId", designationId)
                .and("producer", producerName)
                .and("relation", relation)
                .and("attachments", attachments.size())
                .and("proposedOutcome", proposedOutcome)
                .and("proposedBy", proposedBy)
                .and("decidedBy", decidedBy)
                .and("listVersion", listVersion);
    }

    public UUID id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public UUID designationId() {
        return designationId;
    }

    public UUID seriesId() {
        return seriesId;
    }

    public String designationTitle() {
        return designationTitle;
    }

    public String producerName() {
        return producerName;
    }

    public String normalisedName() {
        return normalisedName;
    }

    public Relation relation() {
        return relation;
    }

    public String reasons() {
        return reasons;
    }

    public Optional<String> contact() {
        return Optional.ofNullable(contact);
    }

    public RemovalStatus status() {
        return status;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Optional<Outcome> proposedOutcome() {
        return Optional.ofNullable(proposedOutcome);
    }

    public String proposalReason() {
        return proposalReason;
    }

    public String proposedBy() {
        return proposedBy;
    }

    public Instant proposedAt() {
        return proposedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public Optional<Integer> listVersion() {
        return Optional.ofNullable(listVersion);
    }

    public List<RemovalAttachment> attachments() {
        return List.copyOf(attachments);
    }
}
