package org.onus.core.detention;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.Snapshot;
import org.onus.core.designation.DesignationRepository;
import org.onus.core.entry.Entry;
import org.onus.core.entry.EntryRepository;
import org.onus.core.evidence.ContentStore;
import org.onus.core.evidence.EvidenceLibrary;
import org.onus.core.evidence.UploadInspector;
import org.onus.core.geography.RegionDirectory;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.notification.Notifications;
import org.onus.core.policy.PolicyRegistry;
import org.onus.core.policy.PolicyStatus;
import org.onus.core.policy.StatePolicy;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.core.rebuttal.AdmissibilityTable;
import org.onus.core.rebuttal.CaseEvidenceType;
import org.onus.core.rebuttal.Requirement;
import org.onus.core.rebuttal.RequirementCode;
import org.onus.core.rebuttal.Route;
import org.onus.core.rebuttal.Satisfaction;
import org.onus.core.rebuttal.SubmittedEvidence;
import org.onus.core.rebuttal.TraceChain;
import org.onus.core.rebuttal.TraceChainTable;
import org.onus.core.sector.SectorAssignment;
import org.onus.core.sector.SectorRepository;

/**
 * Detention cases' one way in, for the pages and the API alike: reading a case, and every step a
 * person takes on it (the rebuttal, evidence, decisions, protests, dispositions). Each step asks
 * the case whether the actor may take it now ({@link DetentionCase#allowedActions}, refused with
 * 403, 404 or 409 before anything changes), lets the case decide, and then tells the case's
 * process ({@link CaseProcess}) what the case decided, all in one transaction. The process's own
 * steps (timers, the freeing step) go through {@link CaseDecisions}.
 */
@Stateless
public class DetentionCaseService {

    @Inject
    DetentionCaseRepository cases;

    @Inject
    EntryRepository entries;

    @Inject
    DesignationRepository designations;

    @Inject
    PolicyRegistry policies;

    @Inject
    RegionDirectory regions;

    @Inject
    DetentionSettings settings;

    @Inject
    SectorRepository sectors;

    @Inject
    Notifications notifications;

    @Inject
    CaseLetters letters;

    @Inject
    EvidenceLibrary files;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    CaseProcess process;

    @Inject
    AdmissibilityTable admissibility;

    @Inject
    TraceChainTable traceChainTable;

    /** A case this reader may see: the importer's own organisation, or customs and auditors. */
    public DetentionCase get(Actor reader, UUID id) {
        DetentionCase c = find(id);
        if (!reader.mayRead(c.organisationCode())) {
            throw new NotFoundException("Case " + id);
        }
        return c;
    }

    /** What this reader may do on the case today: what the pages show and the API lists. */
    public java.util.Set<CaseAction> allowedActions(Actor reader, DetentionCase c) {
        return c.allowedActions(reader, today());
    }

    /** One page of the open cases, nearest rebuttal deadline first: the importer's own, or all for customs. */
    public OpenCasePage open(Actor reader, LocalDate dueBy, int offset, int limit) {
        if (reader.isCustoms()) {
            return cases.open(null, dueBy, offset, limit);
        }
        return reader.organisationCode()
                .map(org -> cases.open(org, dueBy, offset, limit))
                .orElse(OpenCasePage.empty());
    }

    /** The registry's policies and the region tree, for manual detentions that cite regions or producers. */
    private Requirements.Registry registry() {
        return new Requirements.Registry(
                policies::all,
                (inner, outer) -> regions.find(inner)
                        .flatMap(i -> regions.find(outer).map(i::isWithin))
                        .orElse(inner.equalsIgnoreCase(outer)));
    }

    /**
     * What a rebuttal on the route would require for this entry, each trace with its chain of
     * documents: exactly what {@link #fileRebuttal} asks a case for. The check before shipping
     * answers it for an entry it does not store.
     */
    public List<Requirement> requirementsFor(Entry entry, Route route) {
        return Requirements.withTraceChains(
                Requirements.of(route, entry, designations::find, policies::find, registry()), entry, traceChains());
    }

    /** A requirement, whether it is met, and the documents linked to it. */
    public record ChecklistItem(Requirement requirement, boolean satisfied, List<CaseEvidence> evidence) {}

    /**
     * Files the rebuttal (or the answer to a request for information). Each trace's chain of
     * documents is looked up in the trace-chain table now and stored with the requirement.
     */
    public DetentionCase fileRebuttal(Actor importer, UUID caseId, String rawRoute, String statement) {
        DetentionCase c = ownCase(CaseAction.FILE_REBUTTAL, importer, caseId);
        boolean answer = c.status() == CaseStatus.INFO_REQUESTED;
        Route route;
        try {
            route = Route.parse(rawRoute);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("route", e.getMessage());
        }
        if (statement == null || statement.isBlank()) {
            throw InvalidInputException.of(
                    "statement", "Say in the statement why the presumption does not apply to these goods");
        }
        Entry entry = entries.find(c.entryId()).orElseThrow();
        List<Requirement> required = requirementsFor(entry, route);
        c.require(CaseAction.FILE_REBUTTAL, importer, today());
        Snapshot before = c.snapshot();
        c.fileRebuttal(
                route,
                statement.strip(),
                required,
                importer.username(),
                today(),
                settings.decisionDays(),
                clock.instant());
        audit.record(importer, "case.rebuttal-filed", DetentionCases.ENTITY, id(c), before, c.snapshot());
        process.rebuttalFiled(caseId, c.route(), answer);
        return c;
    }

    /**
     * The chain a trace needs for an HS code: the table's answer for the code's sector (longest
     * HS prefix); when the code sits in more than one sector, the strictest (most groups).
     */
    private Function<String, TraceChain> traceChains() {
        SectorAssignment assignment = SectorAssignment.of(sectors.findAll());
        return hsCode -> assignment.sectorsOf(hsCode).stream()
                .map(code -> traceChainTable.chainFor(
                        SectorAssignment.OTHER.equals(code) ? TraceChainTable.NO_SECTOR : code))
                .max(Comparator.comparingInt(chain -> chain.groups().size()))
                .orElseGet(() -> traceChainTable.chainFor(TraceChainTable.NO_SECTOR));
    }

    /**
     * Keeps a document the importer offers and has the admissibility table judge it at once, in
     * the same transaction, so the answer comes back with the upload.
     *
     * @throws InvalidInputException for a missing type, an unknown requirement code or no description
     */
    public CaseEvidence offerEvidence(
            Actor importer,
            UUID caseId,
            String rawType,
            String rawRequirement,
            String description,
            ContentStore.Staged staged,
            String declaredMediaType,
            String fileName) {
        DetentionCase c = ownCase(CaseAction.UPLOAD_EVIDENCE, importer, caseId);
        CaseEvidenceType type;
        try {
            type = CaseEvidenceType.parse(rawType);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("type", e.getMessage());
        }
        RequirementCode requirement = null;
        if (rawRequirement != null && !rawRequirement.isBlank()) {
            try {
                requirement = RequirementCode.parse(rawRequirement);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("requirementCode", e.getMessage());
            }
        }
        if (description == null || description.isBlank()) {
            throw InvalidInputException.of(
                    "description", "Say what the document is and what it shows (for example, the invoice's number)");
        }
        if (c.route() == null) {
            requireKnownBeforeRebuttal(c, requirement);
        }
        c.require(CaseAction.UPLOAD_EVIDENCE, importer, today());
        UploadInspector.Accepted file = files.keep(staged, declaredMediaType, fileName);
        Snapshot before = c.snapshot();
        CaseEvidence e = c.offer(
                new CaseEvidence.Offer(
                        type,
                        requirement,
                        clip(description.strip(), 2000),
                        file.fileName(),
                        file.mediaType(),
                        staged.size(),
                        staged.sha256()),
                importer.username(),
                today(),
                clock.instant());
        AdmissibilityTable.Verdict verdict = admissibility.judge(
                type, c.routeFor(requirement).orElseThrow(), requirement == null ? null : requirement.kind());
        c.evidenceJudged(e.id(), verdict, clock.instant());
        audit.record(
                importer,
                "case.evidence-added",
                DetentionCases.ENTITY,
                id(c),
                before,
                c.snapshot()
                        .and("evidenceId", e.id())
                        .and("type", type)
                        .and("requirement", e.requirementCode())
                        .and("sha256", e.sha256())
                        .and("admissible", e.isAdmissible())
                        .and("admissibilityTableVersion", e.admissibilityTableVersion()));
        return e;
    }

    /**
     * Before the rebuttal there is no route: a document must name a requirement (which implies
     * one) that this entry would have on that route.
     */
    private void requireKnownBeforeRebuttal(DetentionCase c, RequirementCode requirement) {
        if (requirement == null) {
            throw InvalidInputException.of(
                    "requirementCode",
                    "Until the rebuttal is filed, link each document to the requirement it proves"
                            + " (for example TRACE:0), or file the rebuttal's route first");
        }
        Entry entry = entries.find(c.entryId()).orElseThrow();
        boolean known =
                Requirements.of(requirement.route(), entry, designations::find, policies::find, registry()).stream()
                        .anyMatch(r -> r.code().equals(requirement));
        if (!known) {
            throw InvalidInputException.of(
                    "requirementCode", "This case has no requirement " + requirement.code() + " on either route");
        }
    }

    public CaseEvidence reviewEvidence(Actor officer, UUID caseId, UUID evidenceId, Boolean accepted, String reason) {
        CaseAction.REVIEW_EVIDENCE.requireRole(officer);
        DetentionCase c = find(caseId);
        if (accepted == null) {
            throw InvalidInputException.of(
                    "accepted", "Say whether the document is accepted (true) or rejected (false)");
        }
        if (!accepted && (reason == null || reason.isBlank())) {
            throw InvalidInputException.of("reason", "Give the importer the reason the document is rejected");
        }
        c.require(CaseAction.REVIEW_EVIDENCE, officer, today());
        Snapshot before = c.snapshot();
        CaseEvidence e = c.reviewEvidence(evidenceId, accepted, strip(reason), officer.username(), clock.instant());
        audit.record(
                officer,
                accepted ? "case.evidence-accepted" : "case.evidence-rejected",
                DetentionCases.ENTITY,
                id(c),
                before,
                c.snapshot().and("evidenceId", evidenceId));
        return e;
    }

    /**
     * An officer corrects a document's type; the admissibility table judges it again at once and,
     * if its verdict changed, the earlier review no longer stands. Audited with the old and new type.
     *
     * @throws ForbiddenActionException unless a customs officer
     * @throws InvalidInputException for an unknown type or no reason
     */
    public CaseEvidence reclassifyEvidence(Actor officer, UUID caseId, UUID evidenceId, String rawType, String reason) {
        CaseAction.REVIEW_EVIDENCE.requireRole(officer);
        DetentionCase c = find(caseId);
        CaseEvidenceType type;
        try {
            type = CaseEvidenceType.parse(rawType);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("type", e.getMessage());
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of(
                    "reason", "Say why the document is of another type; the importer reads it on the timeline");
        }
        CaseEvidenceType oldType = c.evidence(evidenceId).type();
        boolean wasAdmissible = c.evidence(evidenceId).isAdmissible();
        c.require(CaseAction.REVIEW_EVIDENCE, officer, today());
        Snapshot before = c.snapshot();
        CaseEvidence e = c.reclassifyEvidence(
                evidenceId, type, clip(reason.strip(), 2000), officer.username(), admissibility, clock.instant());
        audit.record(
                officer,
                "case.evidence-reclassified",
                DetentionCases.ENTITY,
                id(c),
                before.and("evidenceId", evidenceId).and("type", oldType).and("admissible", wasAdmissible),
                c.snapshot()
                        .and("evidenceId", evidenceId)
                        .and("type", type)
                        .and("admissible", e.isAdmissible())
                        .and("review", e.review()));
        return e;
    }

    /**
     * The officer's decision on a filed rebuttal. A release is refused with 409 listing every
     * unmet requirement; otherwise it is proposed, and the process carries it out through
     * {@link #free} (NOT_APPLICABLE) or after a supervisor's approval (EXCEPTION).
     */
    public DetentionCase decide(Actor officer, UUID caseId, String rawOutcome, String reason) {
        Outcome outcome = Outcome.parse(rawOutcome);
        CaseAction.DECIDE.requireRole(officer);
        DetentionCase c = find(caseId);
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Give the reason for the decision; the importer reads it");
        }
        c.require(CaseAction.DECIDE, officer, today());
        Snapshot before = c.snapshot();
        Entry entry = entries.find(c.entryId()).orElseThrow();
        switch (outcome) {
            case RELEASE -> c.decideRelease(officer.username(), reason.strip(), policyStatuses(), clock.instant());
            case CONFISCATE -> {
                c.confiscate(officer.username(), reason.strip(), today(), protestUntil(), clock.instant());
                letters.confiscated(entry, c);
            }
            case REQUEST_INFO -> {
                c.requestInformation(
                        officer.username(),
                        reason.strip(),
                        settings.infoRequests(),
                        extendedDeadline(c),
                        today(),
                        clock.instant());
                letters.send(
                        entry,
                        c,
                        CaseLetters.Letter.INFO_REQUESTED,
                        "",
                        entry.entryNumber(),
                        reason.strip(),
                        c.rebuttalDeadline());
            }
        }
        audit.record(
                officer,
                "case.decided",
                DetentionCases.ENTITY,
                id(c),
                before,
                c.snapshot().and("outcome", outcome));
        process.decided(caseId, officer, outcome, c.route());
        return c;
    }

    /**
     * A supervisor approves or refuses an exception-route release: never the officer who
     * proposed it, nor anyone who accepted evidence on the case. An approval is carried out by
     * the process through {@link #free}.
     */
    public DetentionCase approveRelease(Actor supervisor, UUID caseId, Boolean approved, String reason) {
        CaseAction.APPROVE_RELEASE.requireRole(supervisor);
        DetentionCase c = find(caseId);
        if (approved == null) {
            throw InvalidInputException.of("approved", "Say whether the release is approved (true) or refused (false)");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Give the reason for the approval or refusal");
        }
        c.require(CaseAction.APPROVE_RELEASE, supervisor, today());
        Snapshot before = c.snapshot();
        c.approveRelease(approved, supervisor.username(), reason.strip(), policyStatuses(), clock.instant());
        audit.record(
                supervisor,
                approved ? "case.release-approved" : "case.release-refused",
                DetentionCases.ENTITY,
                id(c),
                before,
                c.snapshot());
        process.releaseApproved(caseId, supervisor, approved);
        return c;
    }

    /**
     * The importer protests a confiscation or exclusion. When no rebuttal was filed before the
     * case closed, the protest names the route its evidence will prove.
     */
    public DetentionCase protest(Actor importer, UUID caseId, String statement, String rawRoute) {
        DetentionCase c = ownCase(CaseAction.PROTEST, importer, caseId);
        if (statement == null || statement.isBlank()) {
            throw InvalidInputException.of("statement", "Say why the decision should be reversed");
        }
        Route route = null;
        List<Requirement> required = List.of();
        if (c.route() == null && rawRoute != null && !rawRoute.isBlank()) {
            try {
                route = Route.parse(rawRoute);
            } catch (IllegalArgumentException e) {
                throw InvalidInputException.of("route", e.getMessage());
            }
            Entry entry = entries.find(c.entryId()).orElseThrow();
            required = Requirements.withTraceChains(
                    Requirements.of(route, entry, designations::find, policies::find, registry()),
                    entry,
                    traceChains());
        }
        c.require(CaseAction.PROTEST, importer, today());
        Snapshot before = c.snapshot();
        c.protest(
                statement.strip(),
                route,
                required,
                importer.username(),
                today(),
                today().plusDays(settings.protestDecisionDays()),
                clock.instant());
        audit.record(importer, "case.protested", DetentionCases.ENTITY, id(c), before, c.snapshot());
        process.protested(caseId);
        return c;
    }

    /**
     * A supervisor decides a protest. Upheld on the merits, the goods are freed only through
     * {@link #free} (the process's next step); upheld on procedure, the case reopens with a fresh
     * clock; denied, the decision stands.
     */
    public DetentionCase decideProtest(
            Actor supervisor, UUID caseId, Boolean upheld, String rawGrounds, String reason) {
        CaseAction.DECIDE_PROTEST.requireRole(supervisor);
        DetentionCase c = find(caseId);
        if (upheld == null) {
            throw InvalidInputException.of("upheld", "Say whether the protest is upheld (true) or denied (false)");
        }
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Give the reason for the decision on the protest");
        }
        ProtestGrounds grounds = ProtestGrounds.parse(rawGrounds);
        c.require(CaseAction.DECIDE_PROTEST, supervisor, today());
        Snapshot before = c.snapshot();
        c.decideProtest(
                upheld,
                grounds,
                supervisor.username(),
                reason.strip(),
                policyStatuses(),
                today(),
                settings.calendar().plus(today(), settings.rebuttalDays()),
                settings.decisionDays(),
                clock.instant());
        Entry entry = entries.find(c.entryId()).orElseThrow();
        if (!upheld) {
            letters.send(
                    entry,
                    c,
                    CaseLetters.Letter.PROTEST_DENIED,
                    "",
                    entry.entryNumber(),
                    supervisor.username(),
                    reason.strip());
        } else if (grounds == ProtestGrounds.PROCEDURE) {
            letters.send(
                    entry,
                    c,
                    c.status() == CaseStatus.DETAINED
                            ? CaseLetters.Letter.PROTEST_PROCEDURE_REBUTTAL
                            : CaseLetters.Letter.PROTEST_PROCEDURE_DECISION,
                    "",
                    entry.entryNumber(),
                    c.status() == CaseStatus.DETAINED ? c.rebuttalDeadline() : c.decisionDue(),
                    supervisor.username(),
                    reason.strip());
        }
        audit.record(
                supervisor,
                !upheld
                        ? "case.protest-denied"
                        : grounds == ProtestGrounds.MERITS ? "case.protest-upheld" : "case.protest-upheld-on-procedure",
                DetentionCases.ENTITY,
                id(c),
                before,
                c.snapshot());
        process.protestDecided(caseId, supervisor, upheld, c.protestGrounds());
        return c;
    }

    /** An officer records what became of excluded or confiscated goods. */
    public DetentionCase recordDisposition(Actor officer, UUID caseId, String rawKind, LocalDate on, String reference) {
        CaseAction.RECORD_DISPOSITION.requireRole(officer);
        DetentionCase c = find(caseId);
        DispositionKind kind = DispositionKind.parse(rawKind);
        if (on == null) {
            throw InvalidInputException.of("on", "Give the day the goods were re-exported, abandoned or destroyed");
        }
        if (reference == null || reference.isBlank()) {
            throw InvalidInputException.of(
                    "reference", "Give the reference of the export declaration, abandonment or destruction record");
        }
        Snapshot before = c.snapshot();
        c.require(CaseAction.RECORD_DISPOSITION, officer, today());
        c.recordDisposition(kind, on, clip(reference.strip(), 255), officer.username(), today(), clock.instant());
        audit.record(officer, "case.disposition-recorded", DetentionCases.ENTITY, id(c), before, c.snapshot());
        return c;
    }

    /** The checklist a page shows: each requirement, whether it is met, and what is linked to it. */
    public List<ChecklistItem> checklist(DetentionCase c) {
        List<Requirement> unmet = unmet(c);
        return c.requirements().stream()
                .map(r -> new ChecklistItem(
                        r,
                        !unmet.contains(r),
                        c.evidence().stream()
                                .filter(e -> r.code().code().equals(e.requirementCode()))
                                .toList()))
                .toList();
    }

    /**
     * What each trace asks for on the NOT_APPLICABLE route, for the notice: the requirements kept
     * with the case once the rebuttal is filed on that route, otherwise as the trace-chain table
     * says today (the chain is fixed when the rebuttal is filed).
     */
    public List<Requirement> traceRequirements(DetentionCase c) {
        if (c.route() == Route.NOT_APPLICABLE) {
            return c.requirements();
        }
        Entry entry = entries.find(c.entryId()).orElseThrow();
        return Requirements.withTraceChains(
                Requirements.of(Route.NOT_APPLICABLE, entry, designations::find, policies::find, registry()),
                entry,
                traceChains());
    }

    /**
     * For each trace not yet met, the groups of its chain no accepted, admissible document fills
     * yet, said as a sentence part ("a PRODUCTION_RECORD"): what the checklist says is missing.
     */
    public Map<String, String> traceShortfalls(DetentionCase c) {
        List<SubmittedEvidence> submitted = c.evidence().stream()
                .map(e -> new SubmittedEvidence(e.type(), e.requirement(), e.isAdmissible(), e.review()))
                .toList();
        Map<String, String> shortfalls = new LinkedHashMap<>();
        for (Requirement r : c.requirements()) {
            List<Set<CaseEvidenceType>> missing = Satisfaction.missing(r, submitted);
            if (!missing.isEmpty()) {
                shortfalls.put(r.code().code(), TraceChain.describe(missing));
            }
        }
        return shortfalls;
    }

    /**
     * What a document may be linked to now: the route's requirements, or before the rebuttal the
     * requirements of both routes (a document for either may come in early).
     */
    public List<Requirement> linkableRequirements(DetentionCase c) {
        if (c.route() != null) {
            return c.requirements();
        }
        Entry entry = entries.find(c.entryId()).orElseThrow();
        List<Requirement> both = new java.util.ArrayList<>();
        for (Route route : Route.values()) {
            both.addAll(Requirements.of(route, entry, designations::find, policies::find, registry()));
        }
        return both;
    }

    /** Cases waiting for a supervisor: releases to approve and protests to decide, oldest first. */
    public WaitingCases awaitingSupervisor(Actor supervisor, int offset, int limit) {
        requireRole(supervisor, Role.CUSTOMS_SUPERVISOR, "Only customs supervisors see the approvals queue");
        return cases.withStatus(List.of(CaseStatus.AWAITING_APPROVAL, CaseStatus.PROTESTED), offset, limit);
    }

    public List<Requirement> unmet(DetentionCase c) {
        return c.unmetNow(policyStatuses());
    }

    /** The policy registry's status for each policy requirement, for pages explaining a blocked release. */
    public Optional<PolicyStatus> policyStatus(UUID policyId) {
        return policies.find(policyId).map(StatePolicy::status);
    }

    /** The importer's own case; another organisation's is 404, customs staff are refused (403). */
    private DetentionCase ownCase(CaseAction action, Actor importer, UUID caseId) {
        DetentionCase c = find(caseId);
        c.requireActor(action, importer);
        return c;
    }

    private static void requireRole(Actor actor, Role role, String message) {
        if (!actor.has(role)) {
            throw new ForbiddenActionException(message);
        }
    }

    /**
     * A request for information extends the importer's time by the configured days, counted from
     * the running deadline or, if the officer's review outlasted it, from today: the clock stops
     * while the officer reviews.
     */
    private LocalDate extendedDeadline(DetentionCase c) {
        LocalDate from = c.rebuttalDeadline().isAfter(today()) ? c.rebuttalDeadline() : today();
        return settings.calendar().plus(from, settings.infoDays());
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    private static String clip(String s, int max) {
        return s.length() > max ? s.substring(0, max) : s;
    }

    /** The registry as the gate reads it, now. */
    private PolicyStatuses policyStatuses() {
        return id -> policies.find(id).map(StatePolicy::status);
    }

    private DetentionCase find(UUID caseId) {
        return cases.find(caseId).orElseThrow(() -> new NotFoundException("Case " + caseId));
    }

    private LocalDate protestUntil() {
        return settings.calendar().plus(today(), settings.protestDays());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String id(DetentionCase c) {
        return c.id().toString();
    }
}
