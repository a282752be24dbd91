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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.onus.core.audit.Snapshot;
import org.onus.core.policy.PolicyStatus;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.Problem;
import org.onus.core.rebuttal.AdmissibilityTable;
import org.onus.core.rebuttal.CaseEvidenceType;
import org.onus.core.rebuttal.Requirement;
import org.onus.core.rebuttal.RequirementCode;
import org.onus.core.rebuttal.Route;
import org.onus.core.rebuttal.Satisfaction;

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
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @JoinColumn(name = "case_id", nullable = false)
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

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @CollectionTable(name = "case_requirement", joinColumns = @JoinColumn(name = "case_id"))
    @OrderColumn(name = "position")
    private List<CaseRequirement> requirements = new ArrayList<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @Fetch(FetchMode.SELECT)
    @JoinColumn(name = "case_id", nullable = false)
    @OrderBy("uploadedAt")
    private List<CaseEvidence> evidence = new ArrayList<>();

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected DetentionCase() {
        // for JPA
    }

    /**
     * Opens a case the day the goods are detained; the notice is due within the notice period and
     * the rebuttal deadline counts from the detention until the notice is actually issued.
     */
    public static DetentionCase open(
            UUID entryId,
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
        c.entryId = entryId;
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

    /** The notice goes out: the importer's rebuttal period runs from the day it is issued. */
    public void noticeIssued(LocalDate today, Instant at, BusinessCalendar calendar, int rebuttalDays) {
        if (noticeIssuedAt != null) {
            throw new ConflictException("The detention notice has already been issued");
        }
        noticeIssuedAt = at;
        rebuttalDeadline = calendar.plus(today, rebuttalDays);
        events.add(
                new CaseEvent("NOTICE_ISSUED", "system", at, "Rebuttal due by " + rebuttalDeadline + " (inclusive)"));
    }

    /**
     * The importer files the rebuttal: the route it takes and what that route requires. Once,
     * before the deadline; an answer to a request for information keeps the route.
     */
    public void fileRebuttal(
            Route route, String statement, List<Requirement> required, String by, LocalDate today, Instant at) {
        Objects.requireNonNull(route, "route");
        requireWithinDeadline(today, "file a rebuttal");
        if (status == CaseStatus.INFO_REQUESTED) {
            if (route != this.route) {
                throw new ConflictException(
                        "The rebuttal is on the " + this.route + " route; answer the request for information on it",
                        List.of(new Problem("route", "The route cannot change once the rebuttal is filed")));
            }
            status = CaseStatus.REBUTTAL_SUBMITTED;
            events.add(new CaseEvent("INFORMATION_PROVIDED", by, at, clip(statement, 4000)));
            rebuttalStatement = clip(rebuttalStatement + "\n\n" + statement, 8000);
            return;
        }
        if (status != CaseStatus.DETAINED) {
            throw new ConflictException("A rebuttal has already been filed for this case (status " + status + ")");
        }
        this.route = route;
        this.rebuttalStatement = clip(statement, 8000);
        this.rebuttalFiledAt = at;
        this.rebuttalFiledBy = by;
        this.requirements.clear();
        required.forEach(r -> this.requirements.add(new CaseRequirement(r)));
        status = CaseStatus.REBUTTAL_SUBMITTED;
        events.add(
                new CaseEvent("REBUTTAL_FILED", by, at, "Route " + route + ", " + required.size() + " requirements"));
    }

    /**
     * Keeps an offered document on file. Evidence comes in until the deadline, before and after
     * the rebuttal is filed, and while information is requested; never once the case is decided.
     */
    public CaseEvidence offer(CaseEvidence.Offer offer, String by, LocalDate today, Instant at) {
        if (status != CaseStatus.DETAINED
                && status != CaseStatus.REBUTTAL_SUBMITTED
                && status != CaseStatus.INFO_REQUESTED) {
            throw new ConflictException(
                    "No further evidence can be added: the case is " + status,
                    List.of(new Problem("status", "Evidence is accepted only until the case is decided")));
        }
        requireWithinDeadline(today, "add evidence");
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

    /** The route the admissibility table judges an offer on: the case's, or that of the requirement named. */
    public Optional<Route> routeFor(RequirementCode requirement) {
        if (route != null) {
            return Optional.of(route);
        }
        return Optional.ofNullable(requirement).map(RequirementCode::route);
    }

    /** Records what the admissibility table decided about a document. */
    public void evidenceJudged(UUID evidenceId, boolean admissible, String reason, Instant at) {
        CaseEvidence e = evidence(evidenceId);
        e.judged(admissible, reason);
        events.add(new CaseEvent(
                admissible ? "EVIDENCE_ADMISSIBLE" : "EVIDENCE_INADMISSIBLE",
                "system",
                at,
                e.type() + " \"" + e.fileName() + "\": " + clip(reason, 3000)));
    }

    /** An officer accepts or rejects a document, with a reason the importer sees. */
    public CaseEvidence reviewEvidence(UUID evidenceId, boolean accepted, String reason, String officer, Instant at) {
        if (status != CaseStatus.DETAINED
                && status != CaseStatus.REBUTTAL_SUBMITTED
                && status != CaseStatus.INFO_REQUESTED) {
            throw new ConflictException("Evidence is no longer reviewed: the case is " + status);
        }
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
        if (status != CaseStatus.DETAINED
                && status != CaseStatus.REBUTTAL_SUBMITTED
                && status != CaseStatus.INFO_REQUESTED) {
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
        boolean reviewCleared = e.reclassified(newType, verdict.admissible(), verdict.reason());
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

    /**
     * The officer releases: only when every requirement is met. On the exception route the
     * release waits for a supervisor's approval.
     */
    public void release(String officer, String reason, List<Requirement> unmet, LocalDate today, Instant at) {
        requireDecidable("release the goods");
        requireAllMet(unmet);
        decidedBy = officer;
        decisionReason = reason;
        decidedAt = at;
        if (route == Route.EXCEPTION) {
            status = CaseStatus.AWAITING_APPROVAL;
            events.add(new CaseEvent("RELEASE_PROPOSED", officer, at, reason));
        } else {
            status = CaseStatus.RELEASED;
            closedOn = today;
            events.add(new CaseEvent("RELEASED", officer, at, reason));
        }
    }

    /** A supervisor who did not propose the release approves or refuses it. */
    public void approveRelease(
            boolean approved, String supervisor, String reason, List<Requirement> unmet, LocalDate today, Instant at) {
        if (status != CaseStatus.AWAITING_APPROVAL) {
            throw new ConflictException("No release awaits approval in this case (status " + status + ")");
        }
        requireIndependentApprover(supervisor);
        if (approved) {
            requireAllMet(unmet);
            approvedBy = supervisor;
            status = CaseStatus.RELEASED;
            closedOn = today;
            events.add(new CaseEvent("RELEASE_APPROVED", supervisor, at, reason));
        } else {
            status = CaseStatus.REBUTTAL_SUBMITTED;
            events.add(new CaseEvent("RELEASE_REFUSED", supervisor, at, reason));
        }
    }

    /** Four eyes: the officer who proposed a release never approves it. */
    public void requireIndependentApprover(String supervisor) {
        if (supervisor == null || supervisor.isBlank() || supervisor.equals(decidedBy)) {
            throw new ForbiddenActionException("The officer who proposed a release cannot approve it");
        }
    }

    /**
     * The officer asks for more: the importer gets a new deadline, counted from today, but never
     * one earlier than the deadline already running (a request extends the time, it does not cut it).
     */
    public void requestInformation(String officer, String reason, int maxRequests, LocalDate newDeadline, Instant at) {
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
        status = CaseStatus.INFO_REQUESTED;
        events.add(new CaseEvent("INFO_REQUESTED", officer, at, reason + " (answer by " + rebuttalDeadline + ")"));
    }

    /** An officer confiscates after reviewing the rebuttal. */
    public void confiscate(String officer, String reason, LocalDate today, LocalDate protestUntil, Instant at) {
        requireDecidable("confiscate the goods");
        confiscated(officer, reason, today, protestUntil, at);
    }

    /** The deadline passed with no rebuttal, or no answer to a request for information. */
    public void confiscateAtDeadline(LocalDate today, LocalDate protestUntil, Instant at) {
        if (status != CaseStatus.DETAINED && status != CaseStatus.INFO_REQUESTED) {
            throw new ConflictException("The case is " + status + ": the deadline no longer applies");
        }
        confiscated(
                "system",
                status == CaseStatus.DETAINED
                        ? "No rebuttal was filed by the deadline of " + rebuttalDeadline
                        : "The information requested was not provided by " + rebuttalDeadline,
                today,
                protestUntil,
                at);
    }

    private void confiscated(String by, String reason, LocalDate today, LocalDate protestUntil, Instant at) {
        decidedBy = by;
        decisionReason = reason;
        decidedAt = at;
        status = CaseStatus.CONFISCATED;
        closedOn = today;
        protestDeadline = protestUntil;
        events.add(new CaseEvent("CONFISCATED", by, at, reason + " (protest possible until " + protestUntil + ")"));
    }

    /** The importer protests a confiscation, within the window. */
    public void protest(String statement, String by, LocalDate today, Instant at) {
        if (status != CaseStatus.CONFISCATED) {
            throw new ConflictException("Only a confiscation can be protested (the case is " + status + ")");
        }
        if (today.isAfter(protestDeadline)) {
            throw new ConflictException(
                    "The protest window closed on " + protestDeadline,
                    List.of(new Problem("protest", "A protest must be filed by " + protestDeadline)));
        }
        protestStatement = clip(statement, 8000);
        protestedAt = at;
        protestedBy = by;
        status = CaseStatus.PROTESTED;
        events.add(new CaseEvent("PROTESTED", by, at, clip(statement, 4000)));
    }

    /** A supervisor who did not confiscate decides the protest: upheld releases the goods. */
    public void decideProtest(boolean upheld, String supervisor, String reason, Instant at) {
        if (status != CaseStatus.PROTESTED) {
            throw new ConflictException("No protest awaits a decision in this case (status " + status + ")");
        }
        requireIndependentProtestReviewer(supervisor);
        status = upheld ? CaseStatus.PROTEST_UPHELD : CaseStatus.PROTEST_DENIED;
        events.add(new CaseEvent(upheld ? "PROTEST_UPHELD" : "PROTEST_DENIED", supervisor, at, reason));
    }

    /** Four eyes on protests: the officer who confiscated does not judge the protest. */
    public void requireIndependentProtestReviewer(String supervisor) {
        if (supervisor == null || supervisor.isBlank() || supervisor.equals(decidedBy)) {
            throw new ForbiddenActionException("The officer who confiscated the goods cannot decide the protest");
        }
    }

    public void reminded(Instant at) {
        events.add(new CaseEvent("REMINDER_SENT", "system", at, "Rebuttal due by " + rebuttalDeadline));
    }

    private void requireDecidable(String what) {
        if (status != CaseStatus.REBUTTAL_SUBMITTED) {
            throw new ConflictException(
                    "Cannot " + what + ": the case is " + status,
                    List.of(new Problem(
                            "status",
                            status == CaseStatus.DETAINED || status == CaseStatus.INFO_REQUESTED
                                    ? "The importer's rebuttal (or answer) has not been filed yet"
                                    : "The case has been decided")));
        }
    }

    private static void requireAllMet(List<Requirement> unmet) {
        if (!unmet.isEmpty()) {
            throw new ConflictException(
                    "The goods cannot be released: " + unmet.size() + " requirement(s) are not met",
                    unmet.stream()
                            .map(r -> new Problem(r.code().code(), r.description()))
                            .toList());
        }
    }

    private void requireWithinDeadline(LocalDate today, String what) {
        if (today.isAfter(rebuttalDeadline)) {
            throw new ConflictException(
                    "Too late to " + what + ": the deadline was " + rebuttalDeadline,
                    List.of(new Problem("deadline", "The rebuttal deadline passed on " + rebuttalDeadline)));
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
                .and("protestDeadline", protestDeadline);
    }
}
