package org.onus.core.detention;

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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.onus.core.audit.Snapshot;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.policy.PolicyStatus;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.core.problem.Problem;
import org.onus.core.problem.RuleViolation;
import org.onus.core.rebuttal.AdmissibilityTable;
import org.onus.core.rebuttal.CaseEvidenceType;
import org.onus.core.rebuttal.Requirement;
import org.onus.core.rebuttal.RequirementCode;
import org.onus.core.rebuttal.Route;
import org.onus.core.rebuttal.Satisfaction;
import org.onus.core.review.FourEyes;
import org.onus.core.time.BusinessCalendar;

/** Goods held under the presumption, and the clock the importer's rebuttal runs against. */
@Entity
@Table(name = "detention_case")
public class DetentionCase {

    @Id
    private UUID id;

    @Column(name = "entry_id", nullable = false, unique = true)
    private UUID entryId;

    @Column(name = "organisation_code", nullable = false, length = 64)
    private String organisationCode;

    // The work queue's orders by entry, goods and value, held by indexes on the case (DetainedGoods).
    @Column(name = "entry_number", nullable = false, length = 64)
    private String entryNumber;

    @Column(name = "goods_sort_key", nullable = false, length = GOODS_SORT_KEY_LENGTH)
    private String goodsSortKey;

    @Column(name = "value_amount", nullable = false, precision = 19, scale = 2)
    private java.math.BigDecimal valueAmount;

    // The work queue's filters by sector, origin and port, read from the case alone (DetainedGoods).
    @Column(name = "hs_digits", nullable = false, length = 10)
    private String hsDigits;

    @Column(name = "origin_country", nullable = false, length = 2)
    private String originCountry;

    @Column(name = "port", nullable = false, length = 100)
    private String port;

    @Column(name = "port_key", nullable = false, length = 100)
    private String portKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 30)
    private CaseStatus status;

    @Column(name = "detained_on", nullable = false)
    private LocalDate detainedOn;

    /** The day by which the notice must have gone out. */
    @Column(name = "notice_due", nullable = false)
    private LocalDate noticeDue;

    @Column(name = "notice_issued_at")
    private Instant noticeIssuedAt;

    /** Last day for the importer's rebuttal (inclusive), counted from the notice. */
    @Column(name = "rebuttal_deadline", nullable = false)
    private LocalDate rebuttalDeadline;

    @Column(name = "opened_by", nullable = false)
    private String openedBy;

    @Column(name = "grounds", nullable = false, length = 4000)
    private String grounds;

    // Separate selects: a case carries three eager collections, and joining them all would multiply rows.
    // Collections are read for up to 100 loaded aggregates at a time, not one query per aggregate
    // and collection, when a list or a page loads many (issue 14). The key is not updatable: an event
    // never moves to another case, and without it Hibernate inserts each event and then updates the
    // same row to set its case, two writes for one (so for the evidence below).
    @BatchSize(size = 100)
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    @OrderBy("at")
    private List<CaseEvent> events = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "route", length = 20)
    private Route route;

    @Column(name = "rebuttal_statement", length = 8000)
    private String rebuttalStatement;

    @Column(name = "rebuttal_filed_at")
    private Instant rebuttalFiledAt;

    @Column(name = "rebuttal_filed_by")
    private String rebuttalFiledBy;

    @Column(name = "info_requests", nullable = false)
    private int infoRequests;

    /** The officer whose decision is in force (or awaits approval); "system" for the deadline. */
    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decision_reason", length = 4000)
    private String decisionReason;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    /** Last day (inclusive) to protest a confiscation. */
    @Column(name = "protest_deadline")
    private LocalDate protestDeadline;

    @Column(name = "protest_statement", length = 8000)
    private String protestStatement;

    @Column(name = "protested_at")
    private Instant protestedAt;

    @Column(name = "protested_by")
    private String protestedBy;

    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "case_requirement", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<CaseRequirement> requirements = new ArrayList<>();

    @BatchSize(size = 100)
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @JoinColumn(name = "case_id", nullable = false, updatable = false)
    @OrderBy("uploadedAt")
    private List<CaseEvidence> evidence = new ArrayList<>();

    /** A freeing decision taken in this transaction, to be carried out by {@link #free}. */
    @Enumerated(EnumType.STRING)
    @Column(name = "pending_freeing", length = 30)
    private FreeingPath pendingFreeing;

    /** How the goods were freed, once they were. */
    @Enumerated(EnumType.STRING)
    @Column(name = "freed_by_path", length = 30)
    private FreeingPath freedBy;

    /** What the freeing decision relied on, frozen at that moment. */
    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "case_release_proof", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<ProofLine> proof = new ArrayList<>();

    @Column(name = "protest_decided_by")
    private String protestDecidedBy;

    @Column(name = "protest_decided_at")
    private Instant protestDecidedAt;

    @Column(name = "protest_decision_reason", length = 4000)
    private String protestDecisionReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "protest_grounds", length = 20)
    private ProtestGrounds protestGrounds;

    /** Last day (inclusive) for the supervisor's decision on a protest. */
    @Column(name = "protest_decision_due")
    private LocalDate protestDecisionDue;

    /** Last day (inclusive) for the authority's decision while the case is with it. */
    @Column(name = "decision_due")
    private LocalDate decisionDue;

    @Column(name = "review_started_on")
    private LocalDate reviewStartedOn;

    /** Days the case has spent with the authority; the clock stops while the importer is awaited. */
    @Column(name = "authority_days_used", nullable = false)
    private int authorityDaysUsed;

    @Enumerated(EnumType.STRING)
    @Column(name = "disposition_kind", length = 20)
    private DispositionKind dispositionKind;

    @Column(name = "disposition_on")
    private LocalDate dispositionOn;

    @Column(name = "disposition_reference")
    private String dispositionReference;

    @Column(name = "disposition_recorded_by")
    private String dispositionRecordedBy;

    @Column(name = "disposition_recorded_at")
    private Instant dispositionRecordedAt;

    /** The officer working the case; null while it waits in the shared queue. */
    @Column(name = "assignee")
    private String assignee;

    @Column(name = "assigned_at")
    private Instant assignedAt;

    /** Officials who stepped aside for a conflict of interest; they never act on the case again. */
    @BatchSize(size = 100)
    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "case_recusal", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<Recusal> recusals = new ArrayList<>();

    /**
     * The deadline running now ({@link #runningDeadline()}), stored so that the work queue can
     * filter and sort on it in the database; kept in step on every write.
     */
    @Column(name = "running_deadline")
    private LocalDate storedDeadline;

    /**
     * The decision-due day the supervisors were last alerted about. The alert's timer is armed anew
     * whenever the review is entered again (a refused release goes back to the officer) and fires at
     * once if its day has passed; this keeps it to one alert per due day.
     */
    @Column(name = "decision_alert_for")
    private LocalDate decisionAlertFor;

    /** The rebuttal deadline the importer was last reminded of: one reminder per deadline. */
    @Column(name = "reminder_for")
    private LocalDate reminderFor;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    static final int GOODS_SORT_KEY_LENGTH = 200;

    /**
     * The goods' description as the queue orders it: lower case, and only its beginning, so that an
     * index entry stays far below PostgreSQL's limit for any description; cases whose descriptions
     * begin alike for 200 characters fall back on the detention date and id, as all ties do.
     */
    static String goodsSortKey(String description) {
        String key = description.strip().toLowerCase(java.util.Locale.ROOT);
        if (key.length() <= GOODS_SORT_KEY_LENGTH) {
            return key;
        }
        int end = GOODS_SORT_KEY_LENGTH;
        if (Character.isHighSurrogate(key.charAt(end - 1))) {
            end--;
        }
        return key.substring(0, end);
    }

    /** A port as the queue's filter matches it: however importers capitalised it. */
    public static String portKey(String port) {
        return port.toLowerCase(java.util.Locale.ROOT);
    }

    protected DetentionCase() {
        // for JPA
    }

    /**
     * Opens a case the day the goods are detained; the notice is due within the notice period and
     * the rebuttal deadline counts from the detention until the notice is actually issued.
     */
    public static DetentionCase open(
            DetainedGoods goods,
            String organisationCode,
            String grounds,
            String openedBy,
            LocalDate today,
            Instant at,
            BusinessCalendar calendar,
            int noticeDays,
            int rebuttalDays) {
        DetentionCase c = new DetentionCase();
        c.id = UUID.randomUUID();
        c.entryId = goods.entryId();
        c.entryNumber = goods.entryNumber();
        c.goodsSortKey = goodsSortKey(goods.description());
        c.valueAmount = goods.value();
        c.hsDigits = org.onus.core.sector.HsCode.of(goods.hsCode()).digits();
        c.originCountry = goods.originCountry();
        c.port = goods.port();
        c.portKey = portKey(goods.port());
        c.organisationCode = organisationCode;
        c.status = CaseStatus.DETAINED;
        c.detainedOn = today;
        c.noticeDue = calendar.plus(today, noticeDays);
        c.rebuttalDeadline = calendar.plus(today, rebuttalDays);
        c.openedBy = openedBy;
        c.grounds = grounds.length() > 4000 ? grounds.substring(0, 4000) : grounds;
        c.events.add(new CaseEvent("DETAINED", openedBy, at, c.grounds));
        return c;
    }

    /**
     * The notice goes out: the importer's rebuttal period runs from the day it is issued.
     *
     * @return false, changing nothing, when the notice was already issued: a step run again (the
     *     engine runs jobs at least once) must not restart the period or send a second notice
     */
    public boolean noticeIssued(LocalDate today, Instant at, BusinessCalendar calendar, int rebuttalDays) {
        if (noticeIssuedAt != null) {
            return false;
        }
        noticeIssuedAt = at;
        rebuttalDeadline = calendar.plus(today, rebuttalDays);
        // Detention to notice is the authority's time; from the notice the importer's runs.
        authorityDaysUsed = (int) java.time.temporal.ChronoUnit.DAYS.between(detainedOn, today);
        events.add(
                new CaseEvent("NOTICE_ISSUED", "system", at, "Rebuttal due by " + rebuttalDeadline + " (inclusive)"));
        return true;
    }

    /**
     * The importer files the rebuttal: the route it takes and what that route requires. Once,
     * before the deadline; an answer to a request for information keeps the route.
     */
    public void fileRebuttal(
            Route route,
            String statement,
            List<Requirement> required,
            String by,
            LocalDate today,
            int decisionDays,
            Instant at) {
        Objects.requireNonNull(route, "route");
        refuse(stateRefusal(CaseAction.FILE_REBUTTAL, today));
        if (status == CaseStatus.INFO_REQUESTED) {
            if (route != this.route) {
                throw new ConflictException(
                        "The rebuttal is on the " + this.route + " route; answer the request for information on it",
                        List.of(new Problem("route", "The route cannot change once the rebuttal is filed")));
            }
            status = CaseStatus.REBUTTAL_SUBMITTED;
            startDecisionClock(today, decisionDays);
            events.add(new CaseEvent("INFORMATION_PROVIDED", by, at, clip(statement, 4000)));
            rebuttalStatement = clip(rebuttalStatement + "\n\n" + statement, 8000);
            return;
        }
        this.route = route;
        this.rebuttalStatement = clip(statement, 8000);
        this.rebuttalFiledAt = at;
        this.rebuttalFiledBy = by;
        this.requirements.clear();
        required.forEach(r -> this.requirements.add(new CaseRequirement(r)));
        status = CaseStatus.REBUTTAL_SUBMITTED;
        startDecisionClock(today, decisionDays);
        events.add(
                new CaseEvent("REBUTTAL_FILED", by, at, "Route " + route + ", " + required.size() + " requirements"));
    }

    /**
     * Keeps an offered document on file. Evidence comes in until the deadline, before and after
     * the rebuttal is filed, and while information is requested; never once the case is decided.
     */
    public CaseEvidence offer(CaseEvidence.Offer offer, String by, LocalDate today, Instant at) {
        refuse(stateRefusal(CaseAction.UPLOAD_EVIDENCE, today));
        if (offer.requirement() != null && route != null && !requirementCodes().contains(offer.requirement())) {
            throw new ConflictException(
                    "This case has no requirement " + offer.requirement().code(),
                    List.of(new Problem(
                            "requirementCode", "Link the document to one of the case's requirements, or to none")));
        }
        CaseEvidence e = new CaseEvidence(offer, by, at);
        evidence.add(e);
        events.add(new CaseEvent(
                "EVIDENCE_ADDED",
                by,
                at,
                offer.type() + " \"" + offer.fileName() + "\""
                        + (offer.requirement() == null
                                ? ""
                                : " for " + offer.requirement().code())));
        return e;
    }

    /** Whether documents may come in and be reviewed now: until the decision, and while a protest is open. */
    public boolean collectsEvidence() {
        return pendingFreeing == null
                && (status == CaseStatus.DETAINED
                        || status == CaseStatus.REBUTTAL_SUBMITTED
                        || status == CaseStatus.INFO_REQUESTED
                        || status == CaseStatus.PROTESTED);
    }

    /** The route the admissibility table judges an offer on: the case's, or that of the requirement named. */
    public Optional<Route> routeFor(RequirementCode requirement) {
        if (route != null) {
            return Optional.of(route);
        }
        return Optional.ofNullable(requirement).map(RequirementCode::route);
    }

    /** Records what the admissibility table decided about a document. */
    public void evidenceJudged(UUID evidenceId, boolean admissible, String reason, Instant at) {
        evidenceJudged(evidenceId, new AdmissibilityTable.Verdict(admissible, reason), at);
    }

    /** Records what the admissibility table decided about a document, and under which version. */
    public void evidenceJudged(UUID evidenceId, AdmissibilityTable.Verdict verdict, Instant at) {
        boolean admissible = verdict.admissible();
        String reason = verdict.reason();
        CaseEvidence e = evidence(evidenceId);
        e.judged(admissible, reason, verdict.tableVersion());
        events.add(new CaseEvent(
                admissible ? "EVIDENCE_ADMISSIBLE" : "EVIDENCE_INADMISSIBLE",
                "system",
                at,
                e.type() + " \"" + e.fileName() + "\": " + clip(reason, 3000)));
    }

    /** An officer accepts or rejects a document, with a reason the importer sees. */
    public CaseEvidence reviewEvidence(UUID evidenceId, boolean accepted, String reason, String officer, Instant at) {
        refuse(recusalRefusal(officer));
        refuse(stateRefusal(CaseAction.REVIEW_EVIDENCE, null));
        CaseEvidence e = evidence(evidenceId);
        e.reviewed(accepted, reason, officer, at);
        events.add(new CaseEvent(
                accepted ? "EVIDENCE_ACCEPTED" : "EVIDENCE_REJECTED",
                officer,
                at,
                e.type() + " \"" + e.fileName() + "\"" + (reason == null || reason.isBlank() ? "" : ": " + reason)));
        return e;
    }

    /**
     * An officer corrects what a document is (an audit uploaded as a policy analysis, say): the
     * admissibility table judges it again at once on the case's route and the requirement it is
     * linked to, and if the verdict changed the earlier accept or reject no longer stands. While
     * evidence is still reviewed; a reason is required (the service checks it is given).
     */
    public CaseEvidence reclassifyEvidence(
            UUID evidenceId,
            CaseEvidenceType newType,
            String reason,
            String officer,
            AdmissibilityTable table,
            Instant at) {
        Objects.requireNonNull(newType, "newType");
        refuse(recusalRefusal(officer));
        if (!collectsEvidence()) {
            throw new ConflictException(
                    "Evidence is no longer reclassified: the case is " + status,
                    List.of(new Problem(
                            "status", "A document's type can be corrected only until the case is decided")));
        }
        CaseEvidence e = evidence(evidenceId);
        CaseEvidenceType oldType = e.type();
        if (oldType == newType) {
            throw new ConflictException(
                    "The document is already of type " + newType,
                    List.of(new Problem("type", "Choose a type other than " + newType)));
        }
        Route judgedOn = routeFor(e.requirement())
                .orElseThrow(
                        () -> new IllegalStateException("Evidence " + evidenceId + " has no route to be judged on"));
        AdmissibilityTable.Verdict verdict = table.judge(
                newType,
                judgedOn,
                e.requirement() == null ? null : e.requirement().kind());
        boolean reviewCleared = e.reclassified(newType, verdict.admissible(), verdict.reason(), verdict.tableVersion());
        events.add(new CaseEvent(
                "EVIDENCE_RECLASSIFIED",
                officer,
                at,
                clip(
                        "\"" + e.fileName() + "\": " + oldType + " -> " + newType + ". Reason: " + reason + ". "
                                + (e.isAdmissible() ? "Admissible: " : "Inadmissible: ") + verdict.reason()
                                + (reviewCleared ? " The earlier review no longer stands." : ""),
                        4000)));
        return e;
    }

    /** The requirements of the route with whether each is met, in order. */
    public List<Requirement> requirements() {
        return requirements.stream().map(CaseRequirement::asRequirement).toList();
    }

    /** The requirements not met yet: what stands between the case and a release. */
    public List<Requirement> unmet(Function<UUID, Optional<PolicyStatus>> policyStatus) {
        return Satisfaction.unmet(
                requirements(), evidence.stream().map(CaseEvidence::asSubmitted).toList(), policyStatus);
    }

    public List<Requirement> unmetNow(PolicyStatuses policies) {
        return unmet(policies::statusOf);
    }

    /**
     * The officer decides to release. Refused at once (409, every unmet requirement) when the
     * proof is incomplete, so nothing changes; otherwise the release is proposed: on the
     * NOT_APPLICABLE route the process's freeing step follows in the same transaction, on the
     * EXCEPTION route a supervisor must approve first. Neither frees the goods: only {@link #free} does.
     */
    public void decideRelease(String officer, String reason, PolicyStatuses policies, Instant at) {
        refuse(recusalRefusal(officer));
        requireDecidable("release the goods");
        requireAllMet(policies);
        decidedBy = officer;
        decisionReason = reason;
        decidedAt = at;
        approvedBy = null;
        if (route == Route.EXCEPTION) {
            status = CaseStatus.AWAITING_APPROVAL;
            events.add(new CaseEvent("RELEASE_PROPOSED", officer, at, reason));
        } else {
            pendingFreeing = FreeingPath.OFFICER_RELEASE;
            events.add(new CaseEvent("RELEASE_DECIDED", officer, at, reason));
        }
    }

    /**
     * A supervisor approves or refuses an exception-route release. The approver is neither the
     * officer who proposed it nor anyone who accepted evidence on this case (four eyes); an
     * approval is refused at once when the proof has meanwhile become incomplete.
     */
    public void approveRelease(
            boolean approved, String supervisor, String reason, PolicyStatuses policies, Instant at) {
        refuse(recusalRefusal(supervisor));
        refuse(stateRefusal(CaseAction.APPROVE_RELEASE, null));
        requireIndependentApprover(supervisor);
        if (approved) {
            requireAllMet(policies);
            approvedBy = supervisor;
            pendingFreeing = FreeingPath.APPROVED_RELEASE;
            events.add(new CaseEvent("RELEASE_APPROVED", supervisor, at, reason));
        } else {
            status = CaseStatus.REBUTTAL_SUBMITTED;
            decidedBy = null;
            decisionReason = null;
            decidedAt = null;
            events.add(new CaseEvent("RELEASE_REFUSED", supervisor, at, reason));
        }
    }

    /**
     * Four eyes on a release: the supervisor who approves is not the officer who proposed it, nor
     * anyone who accepted a document on this case (rule {@code FOUR_EYES_RELEASE}).
     */
    public void requireIndependentApprover(String supervisor) {
        refuse(approverRefusal(supervisor));
    }

    private Optional<RuleViolation> approverRefusal(String supervisor) {
        if (supervisor == null || supervisor.isBlank()) {
            return Optional.of(
                    new ForbiddenActionException(Rule.FOUR_EYES_RELEASE + ": the approval must name its supervisor"));
        }
        if (supervisor.equals(decidedBy)) {
            return Optional.of(new ForbiddenActionException(
                    Rule.FOUR_EYES_RELEASE + ": the officer who proposed a release cannot approve it"));
        }
        if (!FourEyes.isIndependent(supervisor, acceptors())) {
            return Optional.of(new ForbiddenActionException(Rule.FOUR_EYES_RELEASE
                    + ": a supervisor who accepted evidence on this case cannot approve its release"));
        }
        return Optional.empty();
    }

    /** Who accepted documents on this case: they may not be the second pair of eyes. */
    public java.util.Set<String> acceptors() {
        java.util.Set<String> who = new java.util.TreeSet<>();
        for (CaseEvidence e : evidence) {
            if (e.review() == org.onus.core.rebuttal.EvidenceReview.ACCEPTED && e.reviewedBy() != null) {
                who.add(e.reviewedBy());
            }
        }
        return who;
    }

    /**
     * The only way goods leave detention (rule {@code NO_RELEASE_WITHOUT_PROOF}): carries out the
     * freeing decision that is pending, after computing the proof itself from the case's
     * requirements, its accepted admissible documents and the policy registry as it stands now. A
     * 409 lists every unmet requirement and nothing changes; on success the proof is stored with
     * the decision and the case is {@code RELEASED} or {@code PROTEST_UPHELD}.
     */
    public void free(PolicyStatuses policies, LocalDate today, Instant at) {
        if (pendingFreeing == null) {
            throw new ConflictException(Rule.NO_RELEASE_WITHOUT_PROOF
                    + ": no decision to free these goods is pending (the case is " + status + ")");
        }
        requireAllMet(policies);
        String by;
        String reason;
        switch (pendingFreeing) {
            case OFFICER_RELEASE -> {
                by = decidedBy;
                reason = decisionReason;
            }
            case APPROVED_RELEASE -> {
                requireIndependentApprover(approvedBy);
                by = approvedBy;
                reason = decisionReason;
            }
            case PROTEST_ON_MERITS -> {
                requireIndependentProtestReviewer(protestDecidedBy);
                if (acceptors().contains(protestDecidedBy)) {
                    throw new ForbiddenActionException(Rule.FOUR_EYES_RELEASE
                            + ": a supervisor who accepted evidence on this case cannot uphold its protest");
                }
                by = protestDecidedBy;
                reason = protestDecisionReason;
            }
            default -> throw new IllegalStateException(pendingFreeing.name());
        }
        proof.clear();
        proof.addAll(proofNow(policies));
        freedBy = pendingFreeing;
        status = pendingFreeing == FreeingPath.PROTEST_ON_MERITS ? CaseStatus.PROTEST_UPHELD : CaseStatus.RELEASED;
        pendingFreeing = null;
        closedOn = today;
        events.add(new CaseEvent(status.name(), by, at, reason));
    }

    /** What each requirement rests on now: the accepted documents that count, and policy statuses. */
    private List<ProofLine> proofNow(PolicyStatuses policies) {
        List<ProofLine> lines = new ArrayList<>();
        for (Requirement r : requirements()) {
            PolicyStatus policy = r.code().kind() == RequirementCode.Kind.POLICY_REPEALED
                    ? policies.statusOf(r.code().policyId()).orElse(null)
                    : null;
            for (CaseEvidence e : evidence) {
                if (e.asSubmitted().counts(r.code())) {
                    lines.add(new ProofLine(r.code().code(), policy, e));
                }
            }
        }
        return lines;
    }

    /**
     * The officer asks for more: the importer gets a new deadline, counted from today, but never
     * one earlier than the deadline already running (a request extends the time, it does not cut it).
     * The authority's decision clock stops until the answer comes.
     */
    public void requestInformation(
            String officer, String reason, int maxRequests, LocalDate newDeadline, LocalDate today, Instant at) {
        refuse(recusalRefusal(officer));
        requireDecidable("request information");
        if (infoRequests >= maxRequests) {
            throw new ConflictException(
                    "Information has already been requested " + infoRequests + " time(s); decide the case now",
                    List.of(new Problem(
                            "outcome", "Only " + maxRequests + " request(s) for information (extension) per case")));
        }
        infoRequests++;
        if (newDeadline.isAfter(rebuttalDeadline)) {
            rebuttalDeadline = newDeadline;
        }
        stopDecisionClock(today);
        status = CaseStatus.INFO_REQUESTED;
        events.add(new CaseEvent("INFO_REQUESTED", officer, at, reason + " (answer by " + rebuttalDeadline + ")"));
    }

    /** An officer confiscates after reviewing the rebuttal. */
    public void confiscate(String officer, String reason, LocalDate today, LocalDate protestUntil, Instant at) {
        refuse(recusalRefusal(officer));
        requireDecidable("confiscate the goods");
        closedAgainst(CaseStatus.CONFISCATED, officer, reason, today, protestUntil, at);
    }

    /**
     * The deadline passed with no rebuttal, or no answer to a request for information.
     *
     * @return false, changing nothing, when the deadline already confiscated the goods
     */
    public boolean confiscateAtDeadline(LocalDate today, LocalDate protestUntil, Instant at) {
        if (alreadyClosedBySystem(CaseStatus.CONFISCATED)) {
            return false;
        }
        if (status != CaseStatus.DETAINED && status != CaseStatus.INFO_REQUESTED) {
            throw new ConflictException("The case is " + status + ": the deadline no longer applies");
        }
        closedAgainst(
                CaseStatus.CONFISCATED,
                "system",
                status == CaseStatus.DETAINED
                        ? "No rebuttal was filed by the deadline of " + rebuttalDeadline
                        : "The information requested was not provided by " + rebuttalDeadline,
                today,
                protestUntil,
                at);
        return true;
    }

    /**
     * The authority did not decide in time (rule {@code AUTHORITY_CLOCK}): the goods are deemed
     * excluded, never deemed released. The entry is refused; the importer may protest.
     *
     * @return false, changing nothing, when the clock already excluded the goods
     */
    public boolean deemExcluded(LocalDate today, LocalDate protestUntil, Instant at) {
        if (alreadyClosedBySystem(CaseStatus.EXCLUDED)) {
            return false;
        }
        if (status != CaseStatus.REBUTTAL_SUBMITTED && status != CaseStatus.AWAITING_APPROVAL) {
            throw new ConflictException("The case is " + status + ": the decision clock no longer applies");
        }
        if (pendingFreeing != null) {
            throw new ConflictException("A release is being carried out: the decision clock no longer applies");
        }
        closedAgainst(
                CaseStatus.EXCLUDED,
                "system",
                Rule.AUTHORITY_CLOCK + ": no decision was taken by " + decisionDue
                        + "; the goods are deemed excluded (entry refused), not released",
                today,
                protestUntil,
                at);
        return true;
    }

    /**
     * Whether a timer of the case already closed it this way. The engine runs a timer's step at
     * least once, so a step that finds its own outcome in place is a repeat, not a conflict; any
     * other state still refuses.
     */
    private boolean alreadyClosedBySystem(CaseStatus outcome) {
        return status == outcome && "system".equals(decidedBy);
    }

    private void closedAgainst(
            CaseStatus outcome, String by, String reason, LocalDate today, LocalDate protestUntil, Instant at) {
        decidedBy = by;
        decisionReason = reason;
        decidedAt = at;
        approvedBy = null;
        status = outcome;
        closedOn = today;
        protestDeadline = protestUntil;
        decisionDue = null;
        events.add(new CaseEvent(outcome.name(), by, at, reason + " (protest possible until " + protestUntil + ")"));
    }

    /**
     * The importer protests a confiscation or an exclusion, within the window. A case closed
     * before any rebuttal had no route: the protest names one, with what it requires.
     */
    public void protest(
            String statement,
            Route chosen,
            List<Requirement> required,
            String by,
            LocalDate today,
            LocalDate decisionDueOn,
            Instant at) {
        refuse(stateRefusal(CaseAction.PROTEST, today));
        if (route == null) {
            if (chosen == null) {
                throw org.onus.core.problem.InvalidInputException.of(
                        "route",
                        "No rebuttal was filed before the case closed: choose the route"
                                + " (NOT_APPLICABLE or EXCEPTION) the protest's evidence proves");
            }
            route = chosen;
            requirements.clear();
            required.forEach(r -> requirements.add(new CaseRequirement(r)));
        }
        protestStatement = clip(statement, 8000);
        protestedAt = at;
        protestedBy = by;
        protestDecisionDue = decisionDueOn;
        status = CaseStatus.PROTESTED;
        events.add(new CaseEvent("PROTESTED", by, at, clip(statement, 4000)));
    }

    /**
     * A supervisor who did not take the protested decision decides the protest. Denied: the
     * decision stands. Upheld on the merits: the freeing step follows and frees the goods only
     * through the gate. Upheld on procedure: the case returns to review (or, when no rebuttal was
     * ever filed, to the importer) with a fresh clock; nothing is released.
     */
    public void decideProtest(
            boolean upheld,
            ProtestGrounds grounds,
            String supervisor,
            String reason,
            PolicyStatuses policies,
            LocalDate today,
            LocalDate freshRebuttalDeadline,
            int decisionDays,
            Instant at) {
        refuse(recusalRefusal(supervisor));
        refuse(stateRefusal(CaseAction.DECIDE_PROTEST, today));
        requireIndependentProtestReviewer(supervisor);
        if (upheld && grounds == null) {
            grounds = ProtestGrounds.MERITS;
        }
        if (upheld && grounds == ProtestGrounds.MERITS) {
            // Checked before anything changes: a refused protest decision leaves the case as it was.
            requireAllMet(policies);
            if (!FourEyes.isIndependent(supervisor, acceptors())) {
                throw new ForbiddenActionException(Rule.FOUR_EYES_RELEASE
                        + ": a supervisor who accepted evidence on this case cannot uphold its protest");
            }
        }
        protestDecidedBy = supervisor;
        protestDecisionReason = reason;
        protestDecidedAt = at;
        protestDecisionDue = null;
        if (!upheld) {
            protestGrounds = null;
            status = CaseStatus.PROTEST_DENIED;
            events.add(new CaseEvent("PROTEST_DENIED", supervisor, at, reason));
            return;
        }
        protestGrounds = grounds;
        if (grounds == ProtestGrounds.MERITS) {
            pendingFreeing = FreeingPath.PROTEST_ON_MERITS;
            events.add(new CaseEvent("PROTEST_UPHELD_ON_MERITS", supervisor, at, reason));
            return;
        }
        // On procedure: the earlier decision falls, the proof is still owed.
        events.add(new CaseEvent("PROTEST_UPHELD_ON_PROCEDURE", supervisor, at, reason));
        // The notice of the set-aside decision stays readable (its reason, date and protest window
        // are history); only who decided is cleared, so no decision is in force.
        decidedBy = null;
        closedOn = null;
        authorityDaysUsed = 0;
        if (rebuttalFiledAt == null) {
            status = CaseStatus.DETAINED;
            rebuttalDeadline = freshRebuttalDeadline;
            decisionDue = null;
            events.add(new CaseEvent(
                    "CLOCK_RESTARTED", supervisor, at, "Rebuttal due by " + rebuttalDeadline + " (inclusive)"));
        } else {
            status = CaseStatus.REBUTTAL_SUBMITTED;
            decisionDue = today.plusDays(decisionDays);
            events.add(new CaseEvent("CLOCK_RESTARTED", supervisor, at, "Decision due by " + decisionDue));
        }
    }

    /**
     * A protest nobody decided in time is deemed denied (rule {@code AUTHORITY_CLOCK}); never upheld.
     *
     * @return false, changing nothing, when the clock already denied it
     */
    public boolean deemProtestDenied(Instant at) {
        if (status == CaseStatus.PROTEST_DENIED && "system".equals(protestDecidedBy)) {
            return false; // the same timer's step, run again
        }
        if (status != CaseStatus.PROTESTED || pendingFreeing != null) {
            throw new ConflictException("No protest awaits a decision in this case (status " + status + ")");
        }
        protestDecidedBy = "system";
        protestDecisionReason = Rule.AUTHORITY_CLOCK + ": the protest was not decided by " + protestDecisionDue
                + "; it is deemed denied";
        protestDecidedAt = at;
        protestDecisionDue = null;
        status = CaseStatus.PROTEST_DENIED;
        events.add(new CaseEvent("PROTEST_DENIED", "system", at, protestDecisionReason));
        return true;
    }

    /** Four eyes on protests: whoever took the protested decision does not judge the protest. */
    public void requireIndependentProtestReviewer(String supervisor) {
        refuse(protestReviewerRefusal(supervisor));
    }

    private Optional<RuleViolation> protestReviewerRefusal(String supervisor) {
        if (!FourEyes.isIndependent(supervisor, decidedBy == null ? List.of() : List.of(decidedBy))) {
            return Optional.of(new ForbiddenActionException(
                    Rule.FOUR_EYES_RELEASE + ": the officer who confiscated the goods cannot decide the protest"));
        }
        return Optional.empty();
    }

    /**
     * Records what became of goods the presumption kept out. Destruction waits until no protest
     * can change the outcome.
     */
    public void recordDisposition(
            DispositionKind kind, LocalDate on, String reference, String by, LocalDate today, Instant at) {
        refuse(stateRefusal(CaseAction.RECORD_DISPOSITION, today));
        if (on.isAfter(today)) {
            throw org.onus.core.problem.InvalidInputException.of("on", "Record a disposition once it has happened");
        }
        if (kind == DispositionKind.DESTROYED
                && status != CaseStatus.PROTEST_DENIED
                && protestDeadline != null
                && !today.isAfter(protestDeadline)) {
            throw new ConflictException(
                    "Goods cannot be recorded destroyed while a protest is still possible (until " + protestDeadline
                            + ")",
                    List.of(new Problem("kind", "Wait until the protest window closes on " + protestDeadline)));
        }
        dispositionKind = kind;
        dispositionOn = on;
        dispositionReference = reference;
        dispositionRecordedBy = by;
        dispositionRecordedAt = at;
        events.add(new CaseEvent("DISPOSITION_RECORDED", by, at, kind + " on " + on + ", reference " + reference));
    }

    /**
     * The supervisors are to be alerted that the decision is nearly due: once per due day, however
     * often the alert's timer is armed again.
     *
     * @return whether to alert them now (and it is recorded that they were)
     */
    public boolean decisionDueAlert(Instant at) {
        if (decisionDue == null || decisionDue.equals(decisionAlertFor)) {
            return false;
        }
        decisionAlertFor = decisionDue;
        events.add(new CaseEvent("DECISION_DUE_ALERT", "system", at, "Decision due by " + decisionDue));
        return true;
    }

    /**
     * The importer is to be reminded of the rebuttal deadline: while the rebuttal is awaited, once
     * per deadline (a protest upheld on procedure sets a new one, which earns a new reminder).
     *
     * @return whether to remind them now (and it is recorded that they were)
     */
    public boolean rebuttalReminder(Instant at) {
        if (status != CaseStatus.DETAINED || rebuttalDeadline.equals(reminderFor)) {
            return false;
        }
        reminderFor = rebuttalDeadline;
        events.add(new CaseEvent("REMINDER_SENT", "system", at, "Rebuttal due by " + rebuttalDeadline));
        return true;
    }

    /** The rebuttal (or the answer) is in: the authority's clock runs again from today. */
    private void startDecisionClock(LocalDate today, int decisionDays) {
        decisionDue = today.plusDays(Math.max(1, decisionDays - authorityDaysUsed));
        reviewStartedOn = today;
    }

    private void stopDecisionClock(LocalDate today) {
        if (reviewStartedOn != null) {
            authorityDaysUsed += (int) java.time.temporal.ChronoUnit.DAYS.between(reviewStartedOn, today);
            reviewStartedOn = null;
        }
        decisionDue = null;
    }

    private void requireDecidable(String what) {
        refuse(decidableRefusal(what));
    }

    /** A decision is taken on a filed rebuttal (or answer), once; never while a release is being carried out. */
    private Optional<RuleViolation> decidableRefusal(String what) {
        if (status != CaseStatus.REBUTTAL_SUBMITTED || pendingFreeing != null) {
            return Optional.of(new ConflictException(
                    "Cannot " + what + ": the case is " + status,
                    List.of(new Problem(
                            "status",
                            status == CaseStatus.DETAINED || status == CaseStatus.INFO_REQUESTED
                                    ? "The importer's rebuttal (or answer) has not been filed yet"
                                    : "The case has been decided"))));
        }
        return Optional.empty();
    }

    /** The gate's test, computed here from the case's own facts; callers never hand it the answer. */
    private void requireAllMet(PolicyStatuses policies) {
        if (requirements.isEmpty()) {
            throw new ConflictException(
                    Rule.NO_RELEASE_WITHOUT_PROOF + ": the goods cannot be released: no rebuttal route and"
                            + " requirements are on file",
                    List.of(new Problem("route", "No rebuttal route and requirements are on file")));
        }
        List<Requirement> unmet = unmetNow(policies);
        if (!unmet.isEmpty()) {
            throw new ConflictException(
                    Rule.NO_RELEASE_WITHOUT_PROOF + ": the goods cannot be released: " + unmet.size()
                            + " requirement(s) are not met",
                    unmet.stream()
                            .map(r -> new Problem(r.code().code(), r.description()))
                            .toList());
        }
    }

    private Optional<RuleViolation> tooLate(LocalDate today, String what) {
        if (today.isAfter(rebuttalDeadline)) {
            return Optional.of(new ConflictException(
                    "Too late to " + what + ": the deadline was " + rebuttalDeadline,
                    List.of(new Problem("deadline", "The rebuttal deadline passed on " + rebuttalDeadline))));
        }
        return Optional.empty();
    }

    /**
     * What the actor may do on this case today: each action the case would accept from them now
     * (their role, their organisation, who proposed or accepted what, the case's state and its
     * clocks). Pages show exactly these; {@link #require} refuses any other with the reason.
     */
    public Set<CaseAction> allowedActions(Actor actor, LocalDate today) {
        Set<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
        for (CaseAction action : CaseAction.values()) {
            if (refusal(action, actor, today).isEmpty()) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    /**
     * Refuses an action {@link #allowedActions} does not list: 404 for another organisation's
     * importer, 403 for the wrong role or person (four eyes), 409 for the case's state or clocks.
     */
    public void require(CaseAction action, Actor actor, LocalDate today) {
        refuse(refusal(action, actor, today));
    }

    /**
     * Only who the actor is (403, 404), for the service to ask before it reads a request's input:
     * a stranger learns nothing about the case from a malformed request.
     */
    public void requireActor(CaseAction action, Actor actor) {
        refuse(actorRefusal(action, actor));
    }

    private Optional<RuleViolation> refusal(CaseAction action, Actor actor, LocalDate today) {
        return actorRefusal(action, actor).or(() -> stateRefusal(action, today)).or(() -> personRefusal(action, actor));
    }

    private Optional<RuleViolation> actorRefusal(CaseAction action, Actor actor) {
        if (action.byOwner()) {
            boolean owner = actor.has(Role.IMPORTER)
                    && actor.organisationCode().filter(organisationCode::equals).isPresent();
            if (owner) {
                return Optional.empty();
            }
            // Existence is not revealed to other organisations; customs staff do not act for importers.
            return Optional.of(
                    actor.mayRead(organisationCode)
                            ? new ForbiddenActionException(action.refusal())
                            : new NotFoundException("Case " + id));
        }
        return actor.has(action.role())
                ? Optional.empty()
                : Optional.of(new ForbiddenActionException(action.refusal()));
    }

    /** The case's state and clocks; the aggregate's own steps refuse with exactly these. */
    private Optional<RuleViolation> stateRefusal(CaseAction action, LocalDate today) {
        return switch (action) {
            case FILE_REBUTTAL ->
                tooLate(today, "file a rebuttal")
                        .or(() -> status == CaseStatus.DETAINED || status == CaseStatus.INFO_REQUESTED
                                ? Optional.empty()
                                : Optional.of(new ConflictException(
                                        "A rebuttal has already been filed for this case (status " + status + ")")));
            case UPLOAD_EVIDENCE -> {
                if (!collectsEvidence()) {
                    yield Optional.of(new ConflictException(
                            "No further evidence can be added: the case is " + status,
                            List.of(new Problem(
                                    "status",
                                    "Evidence is accepted until the case is decided, and while a protest is open"))));
                }
                yield status == CaseStatus.PROTESTED ? Optional.empty() : tooLate(today, "add evidence");
            }
            case REVIEW_EVIDENCE ->
                collectsEvidence()
                        ? Optional.empty()
                        : Optional.of(new ConflictException("Evidence is no longer reviewed: the case is " + status));
            case DECIDE -> decidableRefusal("decide the case");
            case APPROVE_RELEASE ->
                status == CaseStatus.AWAITING_APPROVAL && pendingFreeing == null
                        ? Optional.empty()
                        : Optional.of(new ConflictException(
                                "No release awaits approval in this case (status " + status + ")"));
            case PROTEST -> {
                if (status != CaseStatus.CONFISCATED && status != CaseStatus.EXCLUDED) {
                    yield Optional.of(new ConflictException(
                            "Only a confiscation or an exclusion can be protested (the case is " + status + ")"));
                }
                yield today.isAfter(protestDeadline)
                        ? Optional.of(new ConflictException(
                                "The protest window closed on " + protestDeadline,
                                List.of(new Problem("protest", "A protest must be filed by " + protestDeadline))))
                        : Optional.empty();
            }
            case DECIDE_PROTEST ->
                status == CaseStatus.PROTESTED && pendingFreeing == null
                        ? Optional.empty()
                        : Optional.of(new ConflictException(
                                "No protest awaits a decision in this case (status " + status + ")"));
            case RECORD_DISPOSITION -> {
                if (status != CaseStatus.EXCLUDED
                        && status != CaseStatus.CONFISCATED
                        && status != CaseStatus.PROTEST_DENIED) {
                    yield Optional.of(new ConflictException(
                            "Only excluded or confiscated goods have a disposition (the case is " + status + ")",
                            List.of(new Problem(
                                    "status", "Record the disposition once the goods are excluded or confiscated"))));
                }
                yield dispositionKind == null
                        ? Optional.empty()
                        : Optional.of(new ConflictException("The disposition was already recorded (" + dispositionKind
                                + " on " + dispositionOn + " by " + dispositionRecordedBy + ")"));
            }
        };
    }

    // --- assignment: the shared queue, one officer at a time, and stepping aside --------------

    /** Which deadline {@link #runningDeadline()} is. */
    public enum DeadlineKind {
        /** The importer's rebuttal (or answer to a request for information) is due. */
        REBUTTAL,
        /** The authority's decision on the filed rebuttal is due. */
        DECISION,
        /** The supervisor's decision on the protest is due. */
        PROTEST_DECISION
    }

    /**
     * The deadline the case runs against now: the importer's while the rebuttal is awaited, the
     * authority's once it is filed, the supervisor's while a protest is open; none once decided.
     */
    public Optional<LocalDate> runningDeadline() {
        return deadlineKind().map(kind -> switch (kind) {
            case REBUTTAL -> rebuttalDeadline;
            case DECISION -> decisionDue;
            case PROTEST_DECISION -> protestDecisionDue;
        });
    }

    public Optional<DeadlineKind> deadlineKind() {
        return Optional.ofNullable(
                switch (status) {
                    case DETAINED, INFO_REQUESTED -> DeadlineKind.REBUTTAL;
                    case REBUTTAL_SUBMITTED, AWAITING_APPROVAL -> decisionDue == null ? null : DeadlineKind.DECISION;
                    case PROTESTED -> protestDecisionDue == null ? null : DeadlineKind.PROTEST_DECISION;
                    default -> null;
                });
    }

    @PrePersist
    @PreUpdate
    void keepDeadlineInStep() {
        storedDeadline = runningDeadline().orElse(null);
    }

    /** The officer working the case, if it is not in the shared queue. */
    public Optional<String> assignee() {
        return Optional.ofNullable(assignee);
    }

    public Instant assignedAt() {
        return assignedAt;
    }

    public List<Recusal> recusals() {
        return List.copyOf(recusals);
    }

    public boolean hasSteppedAside(String official) {
        return recusals.stream().anyMatch(r -> r.official().equals(official));
    }

    /**
     * A supervisor gives the case to an officer (or moves it to another). Refused for an officer
     * who stepped aside, and once the case is closed.
     */
    public void assign(String officer, String supervisor, Instant at) {
        Objects.requireNonNull(officer, "officer");
        refuse(assignmentRefusal(AssignmentAction.ASSIGN, supervisor));
        if (hasSteppedAside(officer)) {
            throw new ConflictException(
                    officer + " stepped aside from this case and cannot be assigned to it",
                    List.of(new Problem("assignee", "Choose an officer who has not stepped aside from this case")));
        }
        if (officer.equals(assignee)) {
            throw new ConflictException(
                    "The case is already assigned to " + officer,
                    List.of(new Problem("assignee", "The case is already assigned to " + officer)));
        }
        assignee = officer;
        assignedAt = at;
    }

    /** An officer takes a case from the shared queue; a case someone else works is refused (409). */
    public void take(String officer, Instant at) {
        refuse(assignmentRefusal(AssignmentAction.TAKE, officer));
        assignee = officer;
        assignedAt = at;
    }

    /** The officer working the case puts it back in the shared queue. */
    public void handBack(String officer) {
        refuse(assignmentRefusal(AssignmentAction.HAND_BACK, officer));
        assignee = null;
        assignedAt = null;
    }

    /**
     * An official with a conflict of interest steps aside, saying why: from now on they neither
     * review, decide nor approve on this case, and a case they worked goes back to the shared queue.
     */
    public void stepAside(String official, String reason, Instant at) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of(
                    "reason", "Say why you step aside (the conflict of interest); supervisors and auditors read it");
        }
        refuse(assignmentRefusal(AssignmentAction.STEP_ASIDE, official));
        recusals.add(new Recusal(official, clip(reason.strip(), 2000), at));
        if (official.equals(assignee)) {
            assignee = null;
            assignedAt = null;
        }
    }

    /** What a person may do about who works the case; the role is the service's (and the page's) check. */
    public enum AssignmentAction {
        ASSIGN,
        TAKE,
        HAND_BACK,
        STEP_ASIDE
    }

    /**
     * What the person may do about who works the case, now: a supervisor assigns, a customs
     * officer takes or hands back, either steps aside. Pages show exactly these forms.
     */
    public record AssignmentOptions(boolean assign, boolean take, boolean handBack, boolean stepAside) {
        public boolean any() {
            return assign || take || handBack || stepAside;
        }
    }

    public AssignmentOptions assignmentOptions(Actor actor) {
        String who = actor.username();
        return new AssignmentOptions(
                mayAssignRole(actor) && accepts(AssignmentAction.ASSIGN, who),
                actor.has(Role.CUSTOMS_OFFICER) && accepts(AssignmentAction.TAKE, who),
                actor.has(Role.CUSTOMS_OFFICER) && accepts(AssignmentAction.HAND_BACK, who),
                mayStepAsideRole(actor) && accepts(AssignmentAction.STEP_ASIDE, who));
    }

    /** The role an assignment step needs: refused with 403 before the case's state is looked at. */
    public static void requireAssignmentRole(AssignmentAction action, Actor actor) {
        boolean allowed = switch (action) {
            case ASSIGN -> mayAssignRole(actor);
            case TAKE, HAND_BACK -> actor.has(Role.CUSTOMS_OFFICER);
            case STEP_ASIDE -> mayStepAsideRole(actor);
        };
        if (!allowed) {
            throw new ForbiddenActionException(
                    switch (action) {
                        case ASSIGN -> "Only customs supervisors assign cases";
                        case TAKE, HAND_BACK -> "Only customs officers take cases from the queue or hand them back";
                        case STEP_ASIDE -> "Only customs officers and supervisors step aside from a case";
                    });
        }
    }

    private static boolean mayAssignRole(Actor actor) {
        return actor.has(Role.CUSTOMS_SUPERVISOR);
    }

    private static boolean mayStepAsideRole(Actor actor) {
        return actor.has(Role.CUSTOMS_OFFICER) || actor.has(Role.CUSTOMS_SUPERVISOR);
    }

    /** Whether the case accepts this assignment step from this person now (roles aside). */
    public boolean accepts(AssignmentAction action, String who) {
        return assignmentRefusal(action, who).isEmpty();
    }

    private Optional<RuleViolation> assignmentRefusal(AssignmentAction action, String who) {
        if (action == AssignmentAction.STEP_ASIDE) {
            return hasSteppedAside(who)
                    ? Optional.of(new ConflictException("You have already stepped aside from this case"))
                    : Optional.empty();
        }
        if (action == AssignmentAction.HAND_BACK) {
            return who.equals(assignee)
                    ? Optional.empty()
                    : Optional.of(new ConflictException(
                            assignee == null
                                    ? "The case is in the shared queue; there is nothing to hand back"
                                    : "The case is assigned to " + assignee + ", not to you"));
        }
        if (!status.isOpen()) {
            return Optional.of(new ConflictException(
                    "The case is closed (" + status + "); it is no longer assigned",
                    List.of(new Problem("status", "Only open cases are in the work queue"))));
        }
        if (action == AssignmentAction.TAKE) {
            if (hasSteppedAside(who)) {
                return recusalRefusal(who);
            }
            if (assignee != null) {
                return Optional.of(new ConflictException(
                        who.equals(assignee)
                                ? "The case is already assigned to you"
                                : "The case is assigned to " + assignee + "; a supervisor can reassign it",
                        List.of(new Problem("assignee", "Only a case in the shared queue can be taken"))));
            }
        }
        return Optional.empty();
    }

    /** An official who stepped aside does not review, decide or approve on the case (403). */
    private Optional<RuleViolation> recusalRefusal(String official) {
        return hasSteppedAside(official)
                ? Optional.of(new ForbiddenActionException(
                        "You stepped aside from this case for a conflict of interest; another official must act on it"))
                : Optional.empty();
    }

    /** Four eyes: who proposed a release or took the protested decision does not judge it. */
    private Optional<RuleViolation> personRefusal(CaseAction action, Actor actor) {
        return switch (action) {
            case APPROVE_RELEASE -> recusalRefusal(actor.username()).or(() -> approverRefusal(actor.username()));
            case DECIDE_PROTEST -> recusalRefusal(actor.username()).or(() -> protestReviewerRefusal(actor.username()));
            case REVIEW_EVIDENCE, DECIDE -> recusalRefusal(actor.username());
            default -> Optional.empty();
        };
    }

    private static void refuse(Optional<RuleViolation> refusal) {
        if (refusal.isPresent()) {
            throw refusal.get();
        }
    }

    private List<RequirementCode> requirementCodes() {
        return requirements().stream().map(Requirement::code).toList();
    }

    public CaseEvidence evidence(UUID evidenceId) {
        return evidence.stream()
                .filter(e -> e.id().equals(evidenceId))
                .findFirst()
                .orElseThrow(() -> new org.onus.core.problem.NotFoundException("Evidence " + evidenceId));
    }

    public List<CaseEvidence> evidence() {
        return List.copyOf(evidence);
    }

    private static String clip(String s, int max) {
        if (s == null) {
            return null;
        }
        return s.length() > max ? s.substring(0, max) : s;
    }

    public Route route() {
        return route;
    }

    public Optional<FreeingPath> pendingFreeing() {
        return Optional.ofNullable(pendingFreeing);
    }

    /** How the goods were freed, if they were. */
    public Optional<FreeingPath> freedBy() {
        return Optional.ofNullable(freedBy);
    }

    /** The proof the freeing decision relied on; empty unless the goods were freed. */
    public List<ProofLine> proof() {
        return List.copyOf(proof);
    }

    public String protestDecidedBy() {
        return protestDecidedBy;
    }

    public Instant protestDecidedAt() {
        return protestDecidedAt;
    }

    public String protestDecisionReason() {
        return protestDecisionReason;
    }

    public ProtestGrounds protestGrounds() {
        return protestGrounds;
    }

    public LocalDate protestDecisionDue() {
        return protestDecisionDue;
    }

    public Instant protestedAt() {
        return protestedAt;
    }

    public String protestedBy() {
        return protestedBy;
    }

    /** Last day for the authority's decision, while the case is with it. */
    public LocalDate decisionDue() {
        return decisionDue;
    }

    public DispositionKind dispositionKind() {
        return dispositionKind;
    }

    public LocalDate dispositionOn() {
        return dispositionOn;
    }

    public String dispositionReference() {
        return dispositionReference;
    }

    public String dispositionRecordedBy() {
        return dispositionRecordedBy;
    }

    public String rebuttalStatement() {
        return rebuttalStatement;
    }

    public Instant rebuttalFiledAt() {
        return rebuttalFiledAt;
    }

    public int infoRequests() {
        return infoRequests;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public LocalDate closedOn() {
        return closedOn;
    }

    public LocalDate protestDeadline() {
        return protestDeadline;
    }

    public String protestStatement() {
        return protestStatement;
    }

    public UUID id() {
        return id;
    }

    public UUID entryId() {
        return entryId;
    }

    public String organisationCode() {
        return organisationCode;
    }

    public CaseStatus status() {
        return status;
    }

    public LocalDate detainedOn() {
        return detainedOn;
    }

    public LocalDate noticeDue() {
        return noticeDue;
    }

    public Instant noticeIssuedAt() {
        return noticeIssuedAt;
    }

    public LocalDate rebuttalDeadline() {
        return rebuttalDeadline;
    }

    public String openedBy() {
        return openedBy;
    }

    public String grounds() {
        return grounds;
    }

    public List<CaseEvent> events() {
        return List.copyOf(events);
    }

    public Snapshot snapshot() {
        return Snapshot.of("entryId", entryId)
                .and("status", status)
                .and("noticeDue", noticeDue)
                .and("noticeIssuedAt", noticeIssuedAt)
                .and("rebuttalDeadline", rebuttalDeadline)
                .and("route", route)
                .and("requirements", requirements.size())
                .and("evidence", evidence.size())
                .and("decidedBy", decidedBy)
                .and("approvedBy", approvedBy)
                .and("protestDeadline", protestDeadline)
                .and("pendingFreeing", pendingFreeing)
                .and("proof", proof.size())
                .and("decisionDue", decisionDue)
                .and("protestDecidedBy", protestDecidedBy)
                .and("protestGrounds", protestGrounds)
                .and("disposition", dispositionKind)
                .and("assignee", assignee)
                .and("steppedAside", recusals.stream().map(Recusal::official).toList());
    }
}
