package org.onus.core.submission;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.annotations.SortNatural;
import org.onus.core.audit.Snapshot;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.core.problem.Problem;

/**
 * What someone sent through the public submission point, and its triage. The submitter is known
 * only by the receipt code's hash; a contact is kept only when they allowed contact.
 */
@Entity
@Table(name = "submission")
@NamedQuery(name = "Submission.byReceipt", query = "select s from Submission s where s.receiptHash = :hash")
public class Submission {

    public static final int SUMMARY_MAX = 10_000;
    public static final int MAX_CODES = 50;
    public static final int MAX_NAMES = 20;
    public static final int PRODUCER_MAX = 300;
    public static final int SOURCE_MAX = 1_000;
    public static final int CONTACT_MAX = 500;
    public static final int QUESTION_MAX = 2_000;
    public static final int ANSWER_MAX = 10_000;
    public static final int REASON_MAX = 2_000;

    @Id
    private UUID id;

    @Column(name = "receipt_hash", nullable = false, length = 64, unique = true)
    private String receiptHash;

    @Column(name = "summary", nullable = false, length = SUMMARY_MAX)
    private String summary;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "submission_region", joinColumns = @JoinColumn(name = "submission_id"))
    @Column(name = "region_code", length = 20, nullable = false)
    @SortNatural
    private SortedSet<String> regionCodes = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "submission_sector", joinColumns = @JoinColumn(name = "submission_id"))
    @Column(name = "sector_code", length = 50, nullable = false)
    @SortNatural
    private SortedSet<String> sectorCodes = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "submission_producer", joinColumns = @JoinColumn(name = "submission_id"))
    @OrderColumn(name = "position")
    @Column(name = "name", length = PRODUCER_MAX, nullable = false)
    private List<String> producers = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "submission_source", joinColumns = @JoinColumn(name = "submission_id"))
    @OrderColumn(name = "position")
    @Column(name = "source", length = SOURCE_MAX, nullable = false)
    private List<String> sources = new ArrayList<>();

    @Column(name = "contact_allowed", nullable = false)
    private boolean contactAllowed;

    @Column(name = "contact", length = CONTACT_MAX)
    private String contact;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private SubmissionStatus status;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "address_hash", length = 64)
    private String addressHash;

    @Column(name = "triaged_by")
    private String triagedBy;

    @Column(name = "triage_reason", length = REASON_MAX)
    private String triageReason;

    @Column(name = "linked_designation_id")
    private UUID linkedDesignationId;

    @Column(name = "linked_policy_id")
    private UUID linkedPolicyId;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "submission_evidence", joinColumns = @JoinColumn(name = "submission_id"))
    @Column(name = "evidence_id", nullable = false)
    @SortNatural
    private SortedSet<UUID> evidenceIds = new TreeSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @JoinColumn(name = "submission_id", nullable = false, updatable = false)
    @OrderBy("addedAt")
    private List<SubmissionAttachment> attachments = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @JoinColumn(name = "submission_id", nullable = false, updatable = false)
    @OrderBy("askedAt")
    private List<SubmissionQuestion> questions = new ArrayList<>();

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Submission() {
        // for JPA
    }

    /** What the submitter sent, raw. */
    public record Description(
            String summary,
            Collection<String> regionCodes,
            Collection<String> sectorCodes,
            Collection<String> producers,
            Collection<String> sources,
            Boolean contactAllowed,
            String contact) {}

    /** Reference data the description is checked against. */
    public record References(Predicate<String> regionExists, Predicate<String> sectorExists) {}

    /** An attachment that passed inspection and is kept under its hash. */
    public record File(String sha256, String fileName, String mediaType, long sizeBytes) {}

    /**
     * A new submission.
     *
     * @throws InvalidInputException naming every field that is wrong
     */
    public static Submission receive(
            Description d, References references, List<File> files, ReceiptCode code, String addressHash, Instant now) {
        Submission s = new Submission();
        s.id = UUID.randomUUID();
        s.describe(d, references);
        s.receiptHash = code.hash();
        s.addressHash = addressHash;
        s.status = SubmissionStatus.RECEIVED;
        s.receivedAt = now;
        for (File f : files) {
            s.attachments.add(new SubmissionAttachment(f.sha256(), f.fileName(), f.mediaType(), f.sizeBytes(), now));
        }
        return s;
    }

    /** Checks a description without keeping anything, so files are not kept for a refused one. */
    public static void check(Description d, References references) {
        new Submission().describe(d, references);
    }

    private void describe(Description d, References references) {
        List<Problem> problems = new ArrayList<>();
        String newSummary = text(d.summary());
        if (newSummary == null) {
            problems.add(new Problem("summary", "Say what you know: what happens, where, who is involved"));
        } else if (newSummary.length() > SUMMARY_MAX) {
            problems.add(new Problem("summary", "The description can have at most 10,000 characters"));
        }
        SortedSet<String> regions =
                codes(d.regionCodes(), "regionCodes", references.regionExists(), "region", problems);
        SortedSet<String> sectors =
                codes(d.sectorCodes(), "sectorCodes", references.sectorExists(), "sector", problems);
        List<String> newProducers = names(d.producers(), "producers", PRODUCER_MAX, "producer", problems);
        List<String> newSources = names(d.sources(), "sources", SOURCE_MAX, "source", problems);
        boolean allowed = Boolean.TRUE.equals(d.contactAllowed());
        String newContact = allowed ? text(d.contact()) : null;
        if (allowed && newContact == null) {
            problems.add(new Problem("contact", "Say how we may contact you, or do not allow contact"));
        } else if (newContact != null && newContact.length() > CONTACT_MAX) {
            problems.add(new Problem("contact", "The contact can have at most 500 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        summary = newSummary;
        regionCodes = regions;
        sectorCodes = sectors;
        producers = new ArrayList<>(newProducers);
        sources = new ArrayList<>(newSources);
        contactAllowed = allowed;
        contact = newContact;
    }

    private static SortedSet<String> codes(
            Collection<String> raw, String field, Predicate<String> exists, String what, List<Problem> problems) {
        SortedSet<String> codes = new TreeSet<>();
        for (String value : raw == null ? List.<String>of() : raw) {
            String code = text(value);
            if (code == null) {
                continue;
            }
            code = code.toUpperCase(Locale.ROOT);
            if (code.length() > 50 || !exists.test(code)) {
                problems.add(new Problem(field, "\"" + abbreviate(code) + "\" is not a known " + what + " code"));
            } else {
                codes.add(code);
            }
        }
        if (codes.size() > MAX_CODES) {
            problems.add(new Problem(field, "Give at most " + MAX_CODES + " " + what + " codes"));
        }
        return codes;
    }

    private static List<String> names(
            Collection<String> raw, String field, int max, String what, List<Problem> problems) {
        List<String> names = new ArrayList<>();
        for (String value : raw == null ? List.<String>of() : raw) {
            String name = text(value);
            if (name == null) {
                continue;
            }
            if (name.length() > max) {
                problems.add(new Problem(field, "A " + what + " can have at most " + max + " characters"));
            } else if (!names.contains(name)) {
                names.add(name);
            }
        }
        if (names.size() > MAX_NAMES) {
            problems.add(new Problem(field, "Give at most " + MAX_NAMES + " " + what + "s"));
        }
        return names;
    }

    // --- the submitter -----------------------------------------------------------------------------

    /** The submitter answers an open question (one answer per question). */
    public SubmissionQuestion answer(UUID questionId, String text, Instant now) {
        requireOpen();
        SubmissionQuestion question = questions.stream()
                .filter(q -> q.id().equals(questionId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Question " + questionId));
        if (!question.open()) {
            throw new ConflictException("This question has been answered already");
        }
        String answer = text(text);
        if (answer == null || answer.length() > ANSWER_MAX) {
            throw InvalidInputException.of("text", "Write your answer, at most 10,000 characters");
        }
        question.answer(answer, now);
        if (questions.stream().noneMatch(SubmissionQuestion::open)) {
            status = SubmissionStatus.RECEIVED;
        }
        return question;
    }

    // --- the regulators ----------------------------------------------------------------------------

    public SubmissionQuestion ask(String text, String regulator, Instant now) {
        requireOpen();
        String question = text(text);
        if (question == null || question.length() > QUESTION_MAX) {
            throw InvalidInputException.of("question", "Write the question, at most 2,000 characters");
        }
        SubmissionQuestion asked = new SubmissionQuestion(question, regulator, now);
        questions.add(asked);
        status = SubmissionStatus.QUESTION_OPEN;
        return asked;
    }

    /** Taken into the evidence library as these items. */
    public void accept(Collection<UUID> evidence, String regulator, Instant now) {
        requireOpen();
        evidenceIds.addAll(evidence);
        close(SubmissionStatus.ACCEPTED, regulator, null, now);
    }

    public void linkToDesignation(UUID designationId, String regulator, Instant now) {
        requireOpen();
        linkedDesignationId = designationId;
        close(SubmissionStatus.LINKED, regulator, null, now);
    }

    public void linkToPolicy(UUID policyId, String regulator, Instant now) {
        requireOpen();
        linkedPolicyId = policyId;
        close(SubmissionStatus.LINKED, regulator, null, now);
    }

    public void reject(String reason, String regulator, Instant now) {
        requireOpen();
        String why = text(reason);
        if (why == null || why.length() > REASON_MAX) {
            throw InvalidInputException.of("reason", "Give the reason, at most 2,000 characters");
        }
        close(SubmissionStatus.REJECTED, regulator, why, now);
    }

    /** Forgets the client address hash (kept at most 24 hours). */
    public void forgetAddress() {
        addressHash = null;
    }

    private void close(SubmissionStatus to, String regulator, String reason, Instant now) {
        status = to;
        triagedBy = regulator;
        triageReason = reason;
        closedAt = now;
    }

    private void requireOpen() {
        if (status.closed()) {
            throw new ConflictException("This submission has been triaged (" + status + "); it is closed");
        }
    }

    /** For the audit trail: never the contact, the text or the receipt hash. */
    public Snapshot snapshot() {
        return Snapshot.of("status", status.name())
                .and("regionCodes", List.copyOf(regionCodes))
                .and("sectorCodes", List.copyOf(sectorCodes))
                .and("producers", producers.size())
                .and("sources", sources.size())
                .and("attachments", attachments.size())
                .and("questions", questions.size())
                .and("contactAllowed", contactAllowed)
                .and("evidenceIds", evidenceIds.stream().map(UUID::toString).toList())
                .and("linkedDesignationId", linkedDesignationId == null ? null : linkedDesignationId.toString())
                .and("linkedPolicyId", linkedPolicyId == null ? null : linkedPolicyId.toString());
    }

    private static String text(String raw) {
        if (raw == null) {
            return null;
        }
        String stripped = raw.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static String abbreviate(String s) {
        return s.length() > 50 ? s.substring(0, 50) + "…" : s;
    }

    public UUID id() {
        return id;
    }

    public String summary() {
        return summary;
    }

    public SortedSet<String> regionCodes() {
        return java.util.Collections.unmodifiableSortedSet(regionCodes);
    }

    public SortedSet<String> sectorCodes() {
        return java.util.Collections.unmodifiableSortedSet(sectorCodes);
    }

    public List<String> producers() {
        return List.copyOf(producers);
    }

    public List<String> sources() {
        return List.copyOf(sources);
    }

    public boolean contactAllowed() {
        return contactAllowed;
    }

    /** Only for regulators: the service decides who may read it. */
    public Optional<String> contact() {
        return Optional.ofNullable(contact);
    }

    public SubmissionStatus status() {
        return status;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public boolean remembersAddress() {
        return addressHash != null;
    }

    public Optional<String> triagedBy() {
        return Optional.ofNullable(triagedBy);
    }

    public Optional<String> triageReason() {
        return Optional.ofNullable(triageReason);
    }

    public Optional<UUID> linkedDesignationId() {
        return Optional.ofNullable(linkedDesignationId);
    }

    public Optional<UUID> linkedPolicyId() {
        return Optional.ofNullable(linkedPolicyId);
    }

    public SortedSet<UUID> evidenceIds() {
        return java.util.Collections.unmodifiableSortedSet(evidenceIds);
    }

    public List<SubmissionAttachment> attachments() {
        return List.copyOf(attachments);
    }

    public List<SubmissionQuestion> questions() {
        return List.copyOf(questions);
    }

    public long version() {
        return version;
    }
}
