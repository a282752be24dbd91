package org.onus.core.designation;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.function.Predicate;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.SortNatural;
import org.onus.core.audit.Snapshot;
import org.onus.core.evidence.EvidenceType;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.policy.PolicyStatus;
import org.onus.core.problem.Allowed;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.Problem;
import org.onus.core.rebuttal.RequirementCode;
import org.onus.core.review.FourEyes;
import org.onus.core.review.ReviewTrail;

/**
 * A declaration that goods made in whole or in part with inputs from these regions and sectors
 * are presumed made with state-imposed forced labour. Each version of a designation is its own
 * row; versions of the same designation share a series id.
 */
@Entity
@Table(name = "designation")
@NamedQuery(name = "Designation.findAll", query = "select d from Designation d order by d.title, d.version")
@NamedQuery(
        name = "Designation.findByStatus",
        query = "select d from Designation d where d.status in :statuses order by d.title, d.version")
@NamedQuery(
        name = "Designation.findBySeries",
        query = "select d from Designation d where d.seriesId = :series order by d.version")
@NamedQuery(
        name = "Designation.findEffective",
        query = "select d from Designation d where d.status in :statuses and d.effectiveFrom <= :day"
                + " and (d.effectiveTo is null or d.effectiveTo >= :day) order by d.title, d.version, d.id")
public class Designation {

    /** Who drafted a seeded designation: nobody who can sign in, so any regulator may take it on. */
    public static final String SEED_DRAFTER = "onus-seed";

    @Id
    private UUID id;

    @Column(name = "series_id", nullable = false)
    private UUID seriesId;

    @Column(name = "version", nullable = false)
    private int version;

    @Column(name = "title", nullable = false, length = 500)
    private String title;

    @Column(name = "legal_basis", nullable = false, length = 4000)
    private String legalBasis;

    @Column(name = "rationale", nullable = false, length = 20000)
    private String rationale;

    // Every collection is read for up to 100 designations at a time: reading the whole list (a
    // publication, the screening index) took one query per designation and collection before (issue 14).
    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "designation_region", joinColumns = @JoinColumn(name = "designation_id"))
    @Column(name = "region_code", length = 20, nullable = false)
    @SortNatural
    private SortedSet<String> regionCodes = new TreeSet<>();

    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "designation_sector", joinColumns = @JoinColumn(name = "designation_id"))
    @Column(name = "sector_code", length = 40, nullable = false)
    @SortNatural
    private SortedSet<String> sectorCodes = new TreeSet<>();

    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "designation_policy", joinColumns = @JoinColumn(name = "designation_id"))
    @Column(name = "policy_id", nullable = false)
    @SortNatural
    private SortedSet<UUID> policyIds = new TreeSet<>();

    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "designation_producer", joinColumns = @JoinColumn(name = "designation_id"))
    @jakarta.persistence.OrderColumn(name = "position")
    private List<ListedProducer> producers = new ArrayList<>();

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    /** Last day in force (inclusive); open-ended when empty. */
    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private DesignationStatus status;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Everyone who wrote or submitted this version: none of them may approve it. */
    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "designation_contributor", joinColumns = @JoinColumn(name = "designation_id"))
    @Column(name = "username", nullable = false)
    @SortNatural
    private SortedSet<String> contributors = new TreeSet<>();

    /** Who submitted this version for review, and what its last review decided. */
    @Embedded
    private ReviewTrail trail = new ReviewTrail();

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "supersedes")
    private UUID supersedes;

    @Column(name = "superseded_by")
    private UUID supersededBy;

    @BatchSize(size = 100)
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "designation_id", nullable = false, updatable = false)
    private List<AssessmentFinding> findings = new ArrayList<>();

    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "designation_core_feature", joinColumns = @JoinColumn(name = "designation_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "feature", length = 40, nullable = false)
    @SortNatural
    private SortedSet<CoreFeature> coreFeatures = new TreeSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "assessment_rationale", length = 20)
    private RationaleKind assessmentRationale;

    @BatchSize(size = 100)
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "designation_id", nullable = false, updatable = false)
    @OrderBy("at")
    private List<DesignationEvent> events = new ArrayList<>();

    /** A four-eyes decision asked for and not yet taken: revocation on the merits or withdrawal for error. */
    @Enumerated(EnumType.STRING)
    @Column(name = "pending_decision", length = 20)
    private PendingDecision.Kind pendingKind;

    @Column(name = "pending_by")
    private String pendingBy;

    @Column(name = "pending_at")
    private Instant pendingAt;

    @Column(name = "pending_reason", length = 4000)
    private String pendingReason;

    @Column(name = "pending_legal_basis", length = 4000)
    private String pendingLegalBasis;

    /** The evidence a proposed revocation cites, per requirement code (TARGETS_NOT_ENFORCED, INDICATOR_...). */
    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "designation_pending_evidence", joinColumns = @JoinColumn(name = "designation_id"))
    private Set<CitedEvidence> pendingEvidence = new LinkedHashSet<>();

    /** Who decided, in the review before its last day, to let it lapse; empty while undecided. */
    @Column(name = "lapse_decided_by")
    private String lapseDecidedBy;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected Designation() {
        // for JPA
    }

    /** A new designation, as drafted: what it says has been read by {@link DesignationAssembler}. */
    public static Designation draft(DesignationTerms terms, String by, Instant at) {
        Designation d = new Designation();
        d.id = UUID.randomUUID();
        d.seriesId = d.id;
        d.version = 1;
        d.status = DesignationStatus.DRAFT;
        d.createdBy = by;
        d.createdAt = at;
        d.describe(terms);
        d.contributors.add(by);
        d.events.add(new DesignationEvent(DesignationEvent.Kind.DRAFTED, by, at, null));
        return d;
    }

    /**
     * Starts the next version of a published designation: same scope and assessment, to be
     * changed by the drafter; it supersedes this one when it is published.
     */
    public Designation amend(String by, Instant at) {
        requireAmendable();
        Designation next = new Designation();
        next.id = UUID.randomUUID();
        next.seriesId = seriesId;
        next.version = version + 1;
        next.status = DesignationStatus.DRAFT;
        next.createdBy = by;
        next.createdAt = at;
        next.title = title;
        next.legalBasis = legalBasis;
        next.rationale = rationale;
        next.regionCodes.addAll(regionCodes);
        next.sectorCodes.addAll(sectorCodes);
        next.policyIds.addAll(policyIds);
        producers.stream().filter(p -> !p.delisted()).map(ListedProducer::copy).forEach(next.producers::add);
        next.effectiveFrom = effectiveFrom;
        next.effectiveTo = effectiveTo;
        next.supersedes = id;
        next.replaceAssessment(assessment());
        next.contributors.add(by);
        next.events.add(
                new DesignationEvent(DesignationEvent.Kind.AMENDMENT_DRAFTED, by, at, "Amends version " + version));
        return next;
    }

    private void requireAmendable() {
        if (status != DesignationStatus.PUBLISHED) {
            throw new ConflictException(
                    "Only a published designation can be amended; this one is " + status,
                    List.of(new Problem("status", "The designation is " + status)));
        }
    }

    public void redescribe(DesignationTerms terms, String by, Instant at) {
        requireDraft("changed");
        describe(terms);
        contributors.add(by);
        events.add(new DesignationEvent(DesignationEvent.Kind.EDITED, by, at, null));
    }

    private void describe(DesignationTerms t) {
        title = t.title();
        legalBasis = t.legalBasis();
        rationale = t.rationale();
        regionCodes.clear();
        t.regionCodes().forEach(r -> regionCodes.add(r.value()));
        sectorCodes.clear();
        sectorCodes.addAll(t.sectorCodes());
        policyIds.clear();
        policyIds.addAll(t.policyIds());
        producers.clear();
        producers.addAll(t.producers());
        effectiveFrom = t.inForce().from();
        effectiveTo = t.inForce().to();
    }

    /** Replaces the risk assessment of a draft; completeness is checked on submission, not here. */
    public void assess(RiskAssessment assessment, Predicate<UUID> evidenceExists, String by, Instant at) {
        requireDraft("assessed");
        List<Problem> problems = assessment.problems(evidenceExists);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        replaceAssessment(assessment);
        contributors.add(by);
        events.add(new DesignationEvent(DesignationEvent.Kind.ASSESSED, by, at, null));
    }

    private void replaceAssessment(RiskAssessment a) {
        findings.clear();
        findings.add(AssessmentFinding.precondition(AssessmentItem.EMPLOYMENT_POLICY, a.employmentPolicy()));
        findings.add(AssessmentFinding.precondition(AssessmentItem.MOBILISATION_APPARATUS, a.mobilisationApparatus()));
        a.matrix().forEach((item, cell) -> findings.add(AssessmentFinding.cell(item, cell)));
        coreFeatures.clear();
        coreFeatures.addAll(a.coreFeatures());
        assessmentRationale = a.rationale();
    }

    public RiskAssessment assessment() {
        RiskAssessment.Precondition step1 = null;
        RiskAssessment.Precondition step2 = null;
        Map<AssessmentItem, RiskAssessment.Cell> cells = new EnumMap<>(AssessmentItem.class);
        for (AssessmentFinding f : findings) {
            switch (f.item()) {
                case EMPLOYMENT_POLICY -> step1 = f.asPrecondition();
                case MOBILISATION_APPARATUS -> step2 = f.asPrecondition();
                default -> cells.put(f.item(), f.asCell());
            }
        }
        return new RiskAssessment(step1, step2, cells, coreFeatures, assessmentRationale);
    }

    /** Sends the draft to review; refused while the assessment is incomplete, listing what is missing. */
    public void submit(String by, Instant at) {
        requireDraft("submitted");
        List<Problem> missing = assessment().missing();
        if (!missing.isEmpty()) {
            throw new ConflictException("The risk assessment is incomplete", missing);
        }
        contributors.add(by);
        trail().submitted(by);
        status = DesignationStatus.IN_REVIEW;
        events.add(new DesignationEvent(DesignationEvent.Kind.SUBMITTED, by, at, null));
    }

    /** Four eyes: whoever wrote, assessed or submitted this version may not review it. */
    public void requireIndependentReviewer(String reviewer) {
        FourEyes.requireIndependent(
                reviewer,
                contributors,
                "You drafted or submitted this designation; another senior regulator must review it");
    }

    public void approve(String by, Instant at) {
        requireStatus(DesignationStatus.IN_REVIEW, "approved");
        requireIndependentReviewer(by);
        trail().approved(by, at);
        status = DesignationStatus.APPROVED;
        events.add(new DesignationEvent(DesignationEvent.Kind.APPROVED, by, at, null));
    }

    public void returnToDrafter(String by, String comment, Instant at) {
        requireStatus(DesignationStatus.IN_REVIEW, "returned");
        requireIndependentReviewer(by);
        String why = text(comment);
        if (why == null || why.length() > 4000) {
            throw InvalidInputException.of("comment", "Tell the drafter what to change, at most 4,000 characters");
        }
        status = DesignationStatus.DRAFT;
        trail().returned(by, why, at);
        events.add(new DesignationEvent(DesignationEvent.Kind.RETURNED, by, at, why));
    }

    /**
     * Puts an approved designation on the public list. A designation never applies retroactively:
     * one approved after its effective date is in force from the day it is published.
     *
     * @return false, changing nothing, when this version was published already: its timer's step
     *     run again (the engine runs jobs at least once) must not publish it twice
     */
    public boolean publish(LocalDate today, Instant at) {
        if (publishedAt != null) {
            return false;
        }
        requireStatus(DesignationStatus.APPROVED, "published");
        String comment = null;
        if (effectiveFrom.isBefore(today)) {
            comment = "In force from publication on " + today + " (it was to apply from " + effectiveFrom
                    + "); a designation never applies retroactively";
            effectiveFrom = today;
            if (effectiveTo != null && effectiveTo.isBefore(today)) {
                effectiveTo = today;
            }
        }
        status = DesignationStatus.PUBLISHED;
        publishedAt = at;
        events.add(new DesignationEvent(DesignationEvent.Kind.PUBLISHED, "system", at, comment));
        return true;
    }

    /**
     * Ends this version the day before its successor takes effect. Called when the successor is
     * approved (so that lists for future dates are right) and again when it is published.
     *
     * @return whether its period was cut short now
     */
    public boolean endBefore(LocalDate successorFrom) {
        LocalDate last = successorFrom.minusDays(1);
        if (effectiveTo == null || effectiveTo.isAfter(last)) {
            effectiveTo = last;
            return true;
        }
        return false;
    }

    public void supersede(Designation successor, Instant at) {
        requireStatus(DesignationStatus.PUBLISHED, "superseded");
        endBefore(successor.effectiveFrom());
        supersededBy = successor.id();
        status = DesignationStatus.SUPERSEDED;
        events.add(new DesignationEvent(
                DesignationEvent.Kind.SUPERSEDED, "system", at, "Superseded by version " + successor.version()));
    }

    // --- revocation on the merits (four eyes, same proof as an EXCEPTION release) -------------

    /** Evidence-library types that never prove targets ended or indicators ceased. */
    public static final Set<EvidenceType> NEVER_PROOF = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(EvidenceType.FACTORY_AUDIT, EvidenceType.CERTIFICATION, EvidenceType.OTHER));

    /** A policy in the registry as the revocation rule sees it. */
    public record RegisteredPolicy(UUID id, PolicyStatus status, Collection<String> regionCodes) {}

    /**
     * What the revocation rule needs from the rest of the system, passed in so that the rule is a
     * pure function of the designation and these facts.
     *
     * @param policyStatus the status of a policy by id (null when unknown)
     * @param registry every policy in the registry (used when the designation links none)
     * @param within whether the first region lies within the second (or is it)
     * @param evidenceType the type of a cited evidence-library item, null when there is none (or
     *     the proposer may not see it)
     */
    public record RevocationFacts(
            Function<UUID, PolicyStatus> policyStatus,
            Collection<RegisteredPolicy> registry,
            BiPredicate<String, String> within,
            Function<UUID, EvidenceType> evidenceType) {}

    /** The requirement codes a revocation must always prove with evidence: targets and the four indicators. */
    public static List<RequirementCode> evidenceRequirements() {
        List<RequirementCode> codes = new ArrayList<>();
        codes.add(RequirementCode.targetsNotEnforced());
        for (RequirementCode.Indicator i : RequirementCode.Indicator.values()) {
            codes.add(RequirementCode.indicator(i));
        }
        return codes;
    }

    /**
     * The policies whose repeal a revocation must show: every linked policy; with none linked,
     * every registered policy in force for one of its regions (a region covers its descendants,
     * so a policy for a containing region or for a region inside one of its regions counts).
     */
    public List<UUID> policiesToRepeal(RevocationFacts facts) {
        if (!policyIds.isEmpty()) {
            return List.copyOf(policyIds);
        }
        List<UUID> regional = new ArrayList<>();
        for (RegisteredPolicy p : facts.registry()) {
            boolean overlaps = p.regionCodes().stream()
                    .anyMatch(pr -> regionCodes.stream()
                            .anyMatch(dr -> facts.within().test(dr, pr)
                                    || facts.within().test(pr, dr)));
            if (overlaps) {
                regional.add(p.id());
            }
        }
        return regional;
    }

    /**
     * Rule REVOCATION_PROOF: every unmet item of the proof an EXCEPTION release needs for this
     * designation's regions, each named by its requirement code: {@code POLICY_REPEALED:<id>} for
     * each policy to repeal that is not {@code REPEAL_VERIFIED}, {@code TARGETS_NOT_ENFORCED} and
     * {@code INDICATOR_...} unless admissible evidence from the library is cited for it. Empty
     * when the revocation is proved.
     *
     * @param cited evidence ids by requirement code
     */
    public List<Problem> revocationBlockers(Map<String, ? extends Collection<UUID>> cited, RevocationFacts facts) {
        List<Problem> blockers = new ArrayList<>();
        boolean linked = !policyIds.isEmpty();
        for (UUID policy : policiesToRepeal(facts)) {
            PolicyStatus s = facts.policyStatus().apply(policy);
            if (s != PolicyStatus.REPEAL_VERIFIED) {
                blockers.add(new Problem(
                        RequirementCode.policyRepealed(policy).code(),
                        (linked ? "Linked policy " : "Policy in force for its regions ") + policy + " is "
                                + (s == null ? "unknown" : s) + "; revocation needs its repeal verified"));
            }
        }
        for (RequirementCode code : evidenceRequirements()) {
            Collection<UUID> ids = cited == null ? null : cited.get(code.code());
            boolean proved = false;
            List<String> refused = new ArrayList<>();
            for (UUID e : ids == null ? List.<UUID>of() : ids) {
                EvidenceType type = facts.evidenceType().apply(e);
                if (type == null) {
                    refused.add(e + " is not in the evidence library");
                } else if (NEVER_PROOF.contains(type)) {
                    refused.add(e + " is a " + type + ", which is never proof");
                } else {
                    proved = true;
                }
            }
            if (!proved) {
                String what = code.kind() == RequirementCode.Kind.TARGETS_NOT_ENFORCED
                        ? "that employment targets are no longer enforced"
                        : "that the indicator " + code.indicator() + " has ceased";
                blockers.add(new Problem(
                        code.code(),
                        "Cite evidence from the library " + what
                                + (refused.isEmpty() ? "" : " (" + String.join("; ", refused) + ")")));
            }
        }
        return blockers;
    }

    /** The blockers against the revocation now pending (or against none cited, when none is pending). */
    public List<Problem> revocationBlockers(RevocationFacts facts) {
        return revocationBlockers(pendingEvidence(), facts);
    }

    /**
     * A regulator asks for revocation on the merits, citing evidence per requirement. Refused
     * (409, every unmet item) unless the proof is complete now; a senior regulator other than the
     * proposer decides.
     */
    public void proposeRevocation(
            String reason,
            Map<String, ? extends Collection<UUID>> evidence,
            RevocationFacts facts,
            String by,
            Instant at) {
        requireStatus(DesignationStatus.PUBLISHED, "revoked");
        requireNothingPending();
        String why = text(reason);
        if (why == null || why.length() > 4000) {
            throw InvalidInputException.of("reason", "Say why the designation is revoked, at most 4,000 characters");
        }
        Map<String, Set<UUID>> cited = new java.util.TreeMap<>();
        if (evidence != null) {
            for (Map.Entry<String, ? extends Collection<UUID>> e : evidence.entrySet()) {
                RequirementCode code;
                try {
                    code = RequirementCode.parse(e.getKey());
                } catch (IllegalArgumentException ex) {
                    throw InvalidInputException.of("evidence", ex.getMessage());
                }
                if (code.kind() != RequirementCode.Kind.TARGETS_NOT_ENFORCED
                        && code.kind() != RequirementCode.Kind.INDICATOR) {
                    throw InvalidInputException.of(
                            "evidence",
                            "Cite evidence for TARGETS_NOT_ENFORCED and the INDICATOR_ codes; a policy's repeal is"
                                    + " shown by its status in the registry");
                }
                if (e.getValue() != null) {
                    e.getValue().stream()
                            .filter(java.util.Objects::nonNull)
                            .forEach(id -> cited.computeIfAbsent(code.code(), k -> new LinkedHashSet<>())
                                    .add(id));
                }
            }
        }
        List<Problem> blockers = revocationBlockers(cited, facts);
        if (!blockers.isEmpty()) {
            throw new ConflictException(
                    "A designation is revoked only with the proof an exception release needs for its regions",
                    blockers);
        }
        pendingKind = PendingDecision.Kind.REVOCATION;
        pendingBy = by;
        pendingAt = at;
        pendingReason = why;
        pendingLegalBasis = null;
        pendingEvidence.clear();
        cited.forEach((code, ids) -> ids.forEach(id -> pendingEvidence.add(new CitedEvidence(code, id))));
        events.add(new DesignationEvent(DesignationEvent.Kind.REVOCATION_PROPOSED, by, at, why));
    }

    /**
     * A senior regulator other than the proposer revokes: the proof is checked again as it stands
     * now (a policy may have moved back to IN_FORCE since).
     */
    public void revoke(RevocationFacts facts, String by, LocalDate today, Instant at) {
        requireStatus(DesignationStatus.PUBLISHED, "revoked");
        requirePending(PendingDecision.Kind.REVOCATION);
        requireIndependentDecider(by);
        List<Problem> blockers = revocationBlockers(facts);
        if (!blockers.isEmpty()) {
            throw new ConflictException(
                    "A designation is revoked only with the proof an exception release needs for its regions",
                    blockers);
        }
        String why = pendingReason + " (proposed by " + pendingBy + ")";
        clearPending();
        endBefore(today);
        status = DesignationStatus.REVOKED;
        events.add(new DesignationEvent(DesignationEvent.Kind.REVOKED, by, at, why));
    }

    // --- withdrawal for error (four eyes, reason and legal basis) -------------------------------

    /** A regulator asks to withdraw a designation made by mistake or annulled by a court. */
    public void proposeWithdrawal(String reason, String withdrawalBasis, String by, Instant at) {
        requireStatus(DesignationStatus.PUBLISHED, "withdrawn");
        List<Problem> problems = new ArrayList<>();
        String why = text(reason);
        if (why == null || why.length() > 4000) {
            problems.add(new Problem("reason", "Say what the error was, at most 4,000 characters"));
        }
        String basis = text(withdrawalBasis);
        if (basis == null || basis.length() > 4000) {
            problems.add(new Problem(
                    "legalBasis",
                    "Give the legal basis of the withdrawal (e.g. the court's judgment), at most 4,000 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        requireNothingPending();
        pendingKind = PendingDecision.Kind.WITHDRAWAL;
        pendingBy = by;
        pendingAt = at;
        pendingReason = why;
        pendingLegalBasis = basis;
        pendingEvidence.clear();
        events.add(new DesignationEvent(
                DesignationEvent.Kind.WITHDRAWAL_PROPOSED, by, at, why + " — legal basis: " + basis));
    }

    /** A senior regulator other than the proposer withdraws it: off the list, published as WITHDRAWN. */
    public void withdraw(String by, LocalDate today, Instant at) {
        requireStatus(DesignationStatus.PUBLISHED, "withdrawn");
        requirePending(PendingDecision.Kind.WITHDRAWAL);
        requireIndependentDecider(by);
        String why = pendingReason + " — legal basis: " + pendingLegalBasis + " (proposed by " + pendingBy + ")";
        clearPending();
        endBefore(today);
        status = DesignationStatus.WITHDRAWN;
        events.add(new DesignationEvent(DesignationEvent.Kind.WITHDRAWN, by, at, why));
    }

    /** The decider refuses the pending revocation or withdrawal: it stays in force. */
    public void refusePending(PendingDecision.Kind kind, String by, String comment, Instant at) {
        requireStatus(DesignationStatus.PUBLISHED, "decided on");
        requirePending(kind);
        requireIndependentDecider(by);
        String why = text(comment);
        if (why == null || why.length() > 4000) {
            throw InvalidInputException.of("comment", "Say why it is refused, at most 4,000 characters");
        }
        clearPending();
        events.add(new DesignationEvent(
                kind == PendingDecision.Kind.REVOCATION
                        ? DesignationEvent.Kind.REVOCATION_REFUSED
                        : DesignationEvent.Kind.WITHDRAWAL_REFUSED,
                by,
                at,
                why));
    }

    /** Rule FOUR_EYES: whoever asked for a revocation or withdrawal may not decide it. */
    public void requireIndependentDecider(String decider) {
        FourEyes.requireIndependent(
                decider,
                pendingBy == null ? Set.of() : Set.of(pendingBy),
                "FOUR_EYES: you asked for this " + (pendingKind == null ? "decision" : pendingKind.noun())
                        + "; another senior regulator must decide it");
    }

    /** The revocation or withdrawal waiting for its second pair of eyes, if any. */
    public java.util.Optional<PendingDecision> pending() {
        return pendingKind == null
                ? java.util.Optional.empty()
                : java.util.Optional.of(new PendingDecision(
                        pendingKind, pendingBy, pendingAt, pendingReason, pendingLegalBasis, pendingEvidence()));
    }

    private Map<String, Set<UUID>> pendingEvidence() {
        Map<String, Set<UUID>> cited = new java.util.TreeMap<>();
        pendingEvidence.forEach(c -> cited.computeIfAbsent(c.requirement(), k -> new LinkedHashSet<>())
                .add(c.evidenceId()));
        return cited;
    }

    private void requireNothingPending() {
        if (pendingKind != null) {
            throw new ConflictException(
                    "A " + pendingKind.noun() + " of this designation is already waiting for a decision",
                    List.of(new Problem("pending", pendingKind + " asked for by " + pendingBy)));
        }
    }

    private void requirePending(PendingDecision.Kind kind) {
        if (pendingKind != kind) {
            throw new ConflictException(
                    "No " + kind.noun() + " of this designation is waiting for a decision",
                    List.of(new Problem("pending", "Ask for the " + kind.noun() + " first")));
        }
    }

    private void clearPending() {
        pendingKind = null;
        pendingBy = null;
        pendingAt = null;
        pendingReason = null;
        pendingLegalBasis = null;
        pendingEvidence.clear();
    }

    // --- no silent lapse --------------------------------------------------------------------------

    /** Rule NO_SILENT_LAPSE, first half: a regulator decides, before its last day, to let it lapse then. */
    public void decideLapse(String by, String comment, Instant at) {
        requireLapseReviewable();
        lapseDecidedBy = by;
        events.add(new DesignationEvent(
                DesignationEvent.Kind.LAPSE_DECIDED,
                by,
                at,
                "Lapses after " + effectiveTo + (text(comment) == null ? "" : ": " + text(comment))));
    }

    /** The reviewer keeps it in force: to a later last day, or open-ended ({@code null}). */
    public void extend(LocalDate newEffectiveTo, String by, String comment, LocalDate today, Instant at) {
        requireLapseReviewable();
        if (newEffectiveTo != null && (!newEffectiveTo.isAfter(effectiveTo) || newEffectiveTo.isBefore(today))) {
            throw InvalidInputException.of(
                    "effectiveTo", "The new last day must be after " + effectiveTo + " and not in the past, or empty");
        }
        LocalDate old = effectiveTo;
        effectiveTo = newEffectiveTo;
        lapseDecidedBy = null;
        events.add(new DesignationEvent(
                DesignationEvent.Kind.EXTENDED,
                by,
                at,
                "Last day " + old + " → " + (newEffectiveTo == null ? "open-ended" : newEffectiveTo)
                        + (text(comment) == null ? "" : ": " + text(comment))));
    }

    /**
     * Rule NO_SILENT_LAPSE, safeguard: nobody decided by its last day, so it stays in force to
     * {@code until} (the protective direction), recorded, and the review stays open.
     */
    public void holdPendingLapseReview(LocalDate until, Instant at) {
        requireLapseReviewable();
        if (lapseDecidedBy != null || !until.isAfter(effectiveTo)) {
            return;
        }
        LocalDate old = effectiveTo;
        effectiveTo = until;
        events.add(new DesignationEvent(
                DesignationEvent.Kind.LAPSE_REVIEW_OVERDUE,
                "system",
                at,
                "NO_SILENT_LAPSE: nobody decided whether it lapses after " + old + "; it stays in force to " + until
                        + " while the review is open"));
    }

    /**
     * Rule NO_SILENT_LAPSE, second half: the decided lapse is recorded once its last day has passed.
     *
     * @return false, changing nothing, when the lapse was recorded already (its timer's step run again)
     */
    public boolean lapse(LocalDate today, Instant at) {
        if (status == DesignationStatus.LAPSED) {
            return false;
        }
        requireStatus(DesignationStatus.PUBLISHED, "lapsed");
        if (lapseDecidedBy == null) {
            throw new ConflictException(
                    "A designation lapses only by a recorded decision",
                    List.of(new Problem("NO_SILENT_LAPSE", "No regulator decided to let it lapse")));
        }
        if (effectiveTo == null || !effectiveTo.isBefore(today)) {
            throw new ConflictException(
                    "It is still in force", List.of(new Problem("effectiveTo", "It lapses after " + effectiveTo)));
        }
        status = DesignationStatus.LAPSED;
        events.add(new DesignationEvent(
                DesignationEvent.Kind.LAPSED,
                "system",
                at,
                "Lapsed after " + effectiveTo + " as decided by " + lapseDecidedBy));
        return true;
    }

    public String lapseDecidedBy() {
        return lapseDecidedBy;
    }

    private void requireLapseReviewable() {
        requireStatus(DesignationStatus.PUBLISHED, "reviewed for lapse");
        if (effectiveTo == null) {
            throw new ConflictException(
                    "An open-ended designation does not lapse",
                    List.of(new Problem("effectiveTo", "It has no last day in force")));
        }
    }

    public void recordReview(String by, String comment, Instant at) {
        requireStatus(DesignationStatus.PUBLISHED, "reviewed");
        events.add(new DesignationEvent(DesignationEvent.Kind.REVIEWED, by, at, text(comment)));
    }

    // --- what may be done now ------------------------------------------------------------------

    /**
     * Every action this person may take on this version now: what the pages offer and the API
     * lists, and what the service accepts, since it refuses through {@link #require}. The lapse
     * review is also timed by the process, which the service asks as well.
     */
    public Set<DesignationAction> allowedActions(Actor actor) {
        return Allowed.among(DesignationAction.class, action -> require(action, actor));
    }

    /**
     * Refuses the action unless this person may take it now: the role (403), the status and what
     * is pending (409), four eyes (403), in that order.
     */
    public void require(DesignationAction action, Actor actor) {
        switch (action) {
            case EDIT -> {
                requireRole(actor, REGULATOR_ONLY);
                requireDraft("changed");
            }
            case ASSESS -> {
                requireRole(actor, REGULATOR_ONLY);
                requireDraft("assessed");
            }
            case SUBMIT -> {
                requireRole(actor, REGULATOR_ONLY);
                requireDraft("submitted");
            }
            case APPROVE, RETURN -> {
                if (!actor.has(Role.SENIOR_REGULATOR)) {
                    throw new ForbiddenActionException("Only senior regulators approve or return designations");
                }
                requireStatus(
                        DesignationStatus.IN_REVIEW, action == DesignationAction.APPROVE ? "approved" : "returned");
                requireIndependentReviewer(actor.username());
            }
            case CONFIRM -> {
                requireRole(actor, REGULATOR_ONLY);
                requireStatus(DesignationStatus.PUBLISHED, "reviewed");
            }
            case AMEND -> {
                requireRole(actor, REGULATOR_ONLY);
                requireAmendable();
            }
            case PROPOSE_REVOCATION, PROPOSE_WITHDRAWAL -> {
                if (!actor.has(Role.REGULATOR) && !actor.has(Role.SENIOR_REGULATOR)) {
                    throw new ForbiddenActionException("Only regulators ask for a revocation or withdrawal");
                }
                requireStatus(
                        DesignationStatus.PUBLISHED,
                        action == DesignationAction.PROPOSE_REVOCATION ? "revoked" : "withdrawn");
                requireNothingPending();
            }
            case DECIDE_REVOCATION, DECIDE_WITHDRAWAL -> {
                PendingDecision.Kind kind = action == DesignationAction.DECIDE_REVOCATION
                        ? PendingDecision.Kind.REVOCATION
                        : PendingDecision.Kind.WITHDRAWAL;
                if (!actor.has(Role.SENIOR_REGULATOR)) {
                    throw new ForbiddenActionException(
                            "FOUR_EYES: only a senior regulator decides a " + kind.noun() + " of a designation");
                }
                requirePending(kind);
                requireIndependentDecider(actor.username());
            }
            case REVIEW_LAPSE -> {
                requireRole(actor, REGULATOR_ONLY);
                requireLapseReviewable();
            }
        }
    }

    private static final String REGULATOR_ONLY = "Only regulators draft and maintain designations";

    private static void requireRole(Actor actor, String refusal) {
        if (!actor.has(Role.REGULATOR)) {
            throw new ForbiddenActionException(refusal);
        }
    }

    /** In force on that day, or (approved, not yet published) to be in force on it. */
    public boolean appliesOn(LocalDate day) {
        boolean listed = status.isPublic() || status == DesignationStatus.APPROVED;
        return listed && !effectiveFrom.isAfter(day) && (effectiveTo == null || !effectiveTo.isBefore(day));
    }

    private void requireDraft(String what) {
        requireStatus(DesignationStatus.DRAFT, what);
    }

    private void requireStatus(DesignationStatus required, String what) {
        if (status != required) {
            throw new ConflictException(
                    "A designation that is " + status + " cannot be " + what,
                    List.of(new Problem("status", "It must be " + required + " to be " + what)));
        }
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public UUID id() {
        return id;
    }

    public UUID seriesId() {
        return seriesId;
    }

    public int version() {
        return version;
    }

    public String title() {
        return title;
    }

    public String legalBasis() {
        return legalBasis;
    }

    public String rationale() {
        return rationale;
    }

    public List<String> regionCodes() {
        return List.copyOf(regionCodes);
    }

    public List<String> sectorCodes() {
        return List.copyOf(sectorCodes);
    }

    public List<UUID> policyIds() {
        return List.copyOf(policyIds);
    }

    /** The producers it names (an entity list) and still lists; empty for most designations. */
    public List<ListedProducer> producers() {
        return producers.stream().filter(p -> !p.delisted()).toList();
    }

    /** Every producer it named, with those a granted removal request took off ({@link ListedProducer#delisted()}). */
    public List<ListedProducer> producersEverNamed() {
        return List.copyOf(producers);
    }

    /**
     * Takes a listed producer off a published designation, as a granted removal request decides;
     * the designation itself stays in force. The caller makes the new list version.
     *
     * @throws ConflictException when the designation is not published or does not list the producer
     */
    public ListedProducer delist(String normalisedName, String request, String by, Instant at) {
        if (status != DesignationStatus.PUBLISHED) {
            throw new ConflictException(
                    "Only a published designation's producers can be taken off the list; this one is " + status,
                    List.of(new Problem("status", "The designation is " + status)));
        }
        ListedProducer listed = producers.stream()
                .filter(p -> !p.delisted() && p.normalisedName().equals(normalisedName))
                .findFirst()
                .orElseThrow(() -> new ConflictException(
                        "The designation no longer lists this producer",
                        List.of(new Problem("producer", "Not listed by this designation"))));
        listed.delist(request, at);
        events.add(new DesignationEvent(
                DesignationEvent.Kind.PRODUCER_DELISTED, by, at, listed.name() + " (removal request " + request + ")"));
        return listed;
    }

    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    public LocalDate effectiveTo() {
        return effectiveTo;
    }

    public DesignationStatus status() {
        return status;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<String> contributors() {
        return Set.copyOf(contributors);
    }

    public String submittedBy() {
        return trail().submittedBy();
    }

    public String approvedBy() {
        return trail().approvedBy();
    }

    public Instant approvedAt() {
        return trail().approvedAt();
    }

    /** Who submitted it and what its last review decided, when and why. */
    public ReviewTrail reviewTrail() {
        return trail();
    }

    /** Hibernate leaves an embedded value null when all its columns are. */
    private ReviewTrail trail() {
        if (trail == null) {
            trail = new ReviewTrail();
        }
        return trail;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public UUID supersedes() {
        return supersedes;
    }

    public UUID supersededBy() {
        return supersededBy;
    }

    public List<DesignationEvent> events() {
        return List.copyOf(events);
    }

    public long lockVersion() {
        return lockVersion;
    }

    public Snapshot snapshot() {
        return Snapshot.of("title", title)
                .and("version", version)
                .and("status", status)
                .and("regionCodes", regionCodes())
                .and("sectorCodes", sectorCodes())
                .and("policyIds", policyIds())
                .and(
                        "producers",
                        producers().stream()
                                .map(p -> p.name() + (p.regionCode() == null ? "" : " @" + p.regionCode()))
                                .toList())
                .and("legalBasis", legalBasis)
                .and("effectiveFrom", effectiveFrom)
                .and("effectiveTo", effectiveTo)
                .and("assessmentComplete", assessment().complete())
                .and("pending", pendingKind == null ? null : pendingKind + " by " + pendingBy)
                .and("lapseDecidedBy", lapseDecidedBy);
    }
}
