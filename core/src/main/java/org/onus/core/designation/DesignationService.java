package org.onus.core.designation;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.Snapshot;
import org.onus.core.evidence.EvidenceRepository;
import org.onus.core.geography.RegionDirectory;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.policy.PolicyRepository;
import org.onus.core.policy.PolicyStatus;
import org.onus.core.policy.StatePolicy;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.core.problem.Problem;
import org.onus.core.sector.SectorScopeChanged;
import org.onus.core.sector.SectorService;

/**
 * The one way in to designations, for the REST API and the pages alike, and the steps the
 * lifecycle process runs. Each change asks the aggregate first (which refuses with 403 or 409 and
 * rolls everything back), then tells the process behind {@link DesignationProcess}, whose
 * gateways and listeners hold the same rules; both in one transaction. The process decides when
 * things happen; the aggregate decides whether they may.
 */
@Stateless
public class DesignationService {

    static final String ENTITY = "Designation";

    /** Statuses a version is in while it is still on its way to the list. */
    static final EnumSet<DesignationStatus> OPEN =
            EnumSet.of(DesignationStatus.DRAFT, DesignationStatus.IN_REVIEW, DesignationStatus.APPROVED);

    @Inject
    DesignationRepository designations;

    @Inject
    RegionDirectory regions;

    @Inject
    SectorService sectors;

    @Inject
    PolicyRepository policies;

    @Inject
    EvidenceRepository evidence;

    @Inject
    AuditTrail audit;

    @Inject
    Event<DesignationListChanged> listChanged;

    @Inject
    DesignationProcess process;

    @Inject
    Clock clock;

    // --- reading -------------------------------------------------------------------------------

    /**
     * One page of the designations in force on a day, in list order, and how many there are: the
     * list an authority publishes holds thousands, and a reader is shown a page of it.
     */
    public DesignationPage effectiveOn(LocalDate day, int offset, int limit) {
        if (offset < 0 || limit < 1) {
            throw new InvalidInputException(
                    List.of(new Problem(offset < 0 ? "offset" : "limit", "Give an offset from 0 and a limit from 1")));
        }
        return designations.effectiveOn(day, listedOn(day), offset, limit);
    }

    /**
     * The ids of the designations in force on a day, in list order: the whole list is read through
     * them a part at a time ({@link #inOrder}), so it is never in memory at once.
     */
    public List<UUID> idsEffectiveOn(LocalDate day) {
        return designations.idsEffectiveOn(day, listedOn(day));
    }

    /**
     * The producers the designations in force today name (the entity list a removal request points
     * at), without reading the designations that name none.
     */
    public List<ListedProducerOn> producersListedToday() {
        LocalDate today = today();
        return designations.producersListedOn(today, listedOn(today));
    }

    /** These designations, in the order given (a part of {@link #idsEffectiveOn}). */
    public List<Designation> inOrder(List<UUID> ids) {
        return designations.inOrder(ids);
    }

    /** Which statuses the list on a day shows: for a future day, also designations approved to take effect. */
    private EnumSet<DesignationStatus> listedOn(LocalDate day) {
        EnumSet<DesignationStatus> statuses = EnumSet.copyOf(DesignationStatus.PUBLIC);
        if (day.isAfter(today())) {
            statuses.add(DesignationStatus.APPROVED);
        }
        return statuses;
    }

    /** Everything, for regulators; a designation not yet published is theirs alone. */
    public List<Designation> all(Actor actor) {
        requireReader(actor);
        return designations.findAll();
    }

    /**
     * One page of every designation, for regulators and auditors: only those in {@code status}
     * when given; by {@code title} (the default) or by the day they take effect ({@code from}),
     * either prefixed with "-" for descending.
     *
     * @throws InvalidInputException naming each parameter that is wrong
     */
    public DesignationPage page(Actor actor, String status, String sort, int offset, int limit) {
        requireReader(actor);
        List<Problem> problems = new ArrayList<>();
        DesignationStatus only = null;
        if (status != null && !status.isBlank() && !status.strip().equalsIgnoreCase("ALL")) {
            try {
                only = DesignationStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("status", "Choose ALL or a status such as DRAFT or PUBLISHED"));
            }
        }
        String order = sort == null || sort.isBlank() ? "title" : sort.strip();
        boolean descending = order.startsWith("-");
        String column = descending ? order.substring(1) : order;
        if (!column.equals("title") && !column.equals("from")) {
            problems.add(new Problem("sort", "Sort by title or from (prefix \"-\" for descending)"));
        }
        if (offset < 0 || limit < 1) {
            problems.add(new Problem(offset < 0 ? "offset" : "limit", "Give an offset from 0 and a limit from 1"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return designations.page(only, column.equals("from"), descending, offset, limit);
    }

    /** A designation this reader may see: published ones to anyone, others to regulators and auditors. */
    public Designation get(Optional<Actor> reader, UUID id) {
        Designation d = designations.find(id).orElseThrow(() -> new NotFoundException("Designation " + id));
        if (!d.status().isPublic()
                && reader.filter(DesignationService::mayReadUnpublished).isEmpty()) {
            throw new NotFoundException("Designation " + id);
        }
        return d;
    }

    /** Every version of the designation this one belongs to, oldest first. */
    public List<Designation> versions(Optional<Actor> reader, Designation d) {
        boolean all = reader.filter(DesignationService::mayReadUnpublished).isPresent();
        return designations.series(d.seriesId()).stream()
                .filter(v -> all || v.status().isPublic())
                .toList();
    }

    /**
     * What this reader may do to the designation now, as the aggregate answers it, and as far as
     * the process and the other versions allow: the lapse review only while it is open, an
     * amendment only while no other version is being prepared. The service refuses the rest.
     */
    public Set<DesignationAction> allowedActions(Optional<Actor> reader, Designation d) {
        if (reader.isEmpty()) {
            return Set.of();
        }
        Set<DesignationAction> allowed = d.allowedActions(reader.get());
        if (allowed.contains(DesignationAction.REVIEW_LAPSE) && !process.lapseReviewOpen(d.id())) {
            allowed.remove(DesignationAction.REVIEW_LAPSE);
        }
        if (allowed.contains(DesignationAction.AMEND) && openVersion(d).isPresent()) {
            allowed.remove(DesignationAction.AMEND);
        }
        return allowed;
    }

    private Optional<Designation> openVersion(Designation d) {
        return designations.series(d.seriesId()).stream()
                .filter(v -> OPEN.contains(v.status()))
                .findFirst();
    }

    public List<StatePolicy> policiesOf(Designation d) {
        return d.policyIds().stream().flatMap(id -> policies.find(id).stream()).toList();
    }

    // --- drafting ------------------------------------------------------------------------------

    public Designation draft(Actor actor, DesignationDraft draft) {
        requireRegulator(actor);
        Designation d =
                Designation.draft(DesignationAssembler.terms(draft, references()), actor.username(), clock.instant());
        designations.store(d);
        audit.record(actor, "designation.drafted", ENTITY, d.id().toString(), Snapshot.NONE, d.snapshot());
        return d;
    }

    /** The draft is read only once the change is known to be allowed: 403, 404 and 409 come before 400. */
    public Designation redescribe(Actor actor, UUID id, Long expectedLockVersion, DesignationDraft draft) {
        requireRegulator(actor);
        Designation d = get(Optional.of(actor), id);
        if (expectedLockVersion != null && d.lockVersion() != expectedLockVersion) {
            throw new ConflictException(
                    "Someone else changed this designation while you were editing it; reload it and apply your change again");
        }
        d.require(DesignationAction.EDIT, actor);
        Snapshot before = d.snapshot();
        d.redescribe(DesignationAssembler.terms(draft, references()), actor.username(), clock.instant());
        audit.record(actor, "designation.changed", ENTITY, d.id().toString(), before, d.snapshot());
        return d;
    }

    public Designation assess(Actor actor, UUID id, RiskAssessment assessment) {
        requireRegulator(actor);
        Designation d = get(Optional.of(actor), id);
        d.require(DesignationAction.ASSESS, actor);
        Snapshot before = d.snapshot();
        d.assess(
                assessment,
                e -> evidence.find(e).filter(item -> item.visibleTo(actor)).isPresent(),
                actor.username(),
                clock.instant());
        audit.record(
                actor,
                "designation.assessed",
                ENTITY,
                d.id().toString(),
                before,
                d.snapshot().and("citedEvidence", List.copyOf(assessment.citedEvidence())));
        return d;
    }

    /** Starts the next version; it supersedes this one when it is published. Returns the new draft. */
    public Designation amend(Actor actor, UUID id) {
        Designation next = draftAmendment(actor, id);
        process.reviewedInForce(id, actor.username(), ReviewDecision.AMEND);
        return next;
    }

    private Designation draftAmendment(Actor actor, UUID id) {
        requireRegulator(actor);
        Designation current = get(Optional.of(actor), id);
        current.require(DesignationAction.AMEND, actor);
        Optional<Designation> open = openVersion(current);
        if (open.isPresent()) {
            throw new ConflictException(
                    "Version " + open.get().version() + " of this designation is already being prepared",
                    List.of(new Problem(
                            "amendment",
                            "Continue with version " + open.get().version() + " ("
                                    + open.get().status() + ") instead")));
        }
        Designation next = current.amend(actor.username(), clock.instant());
        designations.store(next);
        audit.record(
                actor,
                "designation.amendment-drafted",
                ENTITY,
                next.id().toString(),
                Snapshot.NONE,
                next.snapshot().and("supersedes", current.id()));
        return next;
    }

    // --- review --------------------------------------------------------------------------------

    public Designation submit(Actor actor, UUID id) {
        requireRegulator(actor);
        Designation d = get(Optional.of(actor), id);
        d.require(DesignationAction.SUBMIT, actor);
        Snapshot before = d.snapshot();
        d.submit(actor.username(), clock.instant());
        audit.record(actor, "designation.submitted", ENTITY, d.id().toString(), before, d.snapshot());
        process.submitted(d, actor.username());
        return d;
    }

    /** Approves (never one's own); the process publishes it at once when the effective date has come. */
    public Designation approve(Actor actor, UUID id) {
        requireSenior(actor);
        Designation d = get(Optional.of(actor), id);
        d.require(DesignationAction.APPROVE, actor);
        Snapshot before = d.snapshot();
        d.approve(actor.username(), clock.instant());
        // Lists for dates after the new version takes effect must not show the old one as well.
        Optional<Designation> cut = predecessor(d).filter(p -> p.endBefore(d.effectiveFrom()));
        audit.record(actor, "designation.approved", ENTITY, d.id().toString(), before, d.snapshot());
        // A version on the list now ends earlier: screening answers for arrivals from then on
        // change, so the list has a new version and every node's index follows it.
        cut.filter(p -> p.status() == DesignationStatus.PUBLISHED)
                .ifPresent(p -> newListVersion(
                        "Version " + p.version() + " of " + p.title() + " now ends on " + p.effectiveTo()
                                + ": version " + d.version() + " is approved to take effect on "
                                + d.effectiveFrom(),
                        p));
        process.reviewed(id, actor.username(), true);
        return d;
    }

    public Designation returnToDrafter(Actor actor, UUID id, String comment) {
        requireSenior(actor);
        Designation d = get(Optional.of(actor), id);
        d.require(DesignationAction.RETURN, actor);
        Snapshot before = d.snapshot();
        d.returnToDrafter(actor.username(), comment, clock.instant());
        audit.record(
                actor,
                "designation.returned",
                ENTITY,
                d.id().toString(),
                before,
                d.snapshot().and("comment", comment));
        process.reviewed(id, actor.username(), false);
        return d;
    }

    /** The engine's four-eyes check, for the process model: may this person review this version? */
    public void requireIndependentReviewer(UUID id, String reviewer) {
        designations
                .find(id)
                .orElseThrow(() -> new NotFoundException("Designation " + id))
                .requireIndependentReviewer(reviewer);
    }

    // --- publication and after -----------------------------------------------------------------

    /**
     * Puts an approved designation on the list (run by the process engine on the effective date),
     * supersedes the version it amends, and makes a new list version.
     */
    public Publication publish(UUID id) {
        Designation d = designations.find(id).orElseThrow(() -> new NotFoundException("Designation " + id));
        Snapshot before = d.snapshot();
        if (!d.publish(today(), clock.instant())) {
            return new Publication(d, null, null);
        }
        audit.recordSystem("designation.published", ENTITY, d.id().toString(), before, d.snapshot());
        String change = "Published " + d.title() + " (version " + d.version() + ")";
        Optional<Designation> predecessor = predecessor(d);
        UUID superseded = null;
        Designation p = null;
        if (predecessor.isPresent() && predecessor.get().status() == DesignationStatus.PUBLISHED) {
            p = predecessor.get();
            Snapshot pBefore = p.snapshot();
            p.supersede(d, clock.instant());
            audit.recordSystem("designation.superseded", ENTITY, p.id().toString(), pBefore, p.snapshot());
            change += ", superseding version " + p.version();
            superseded = p.id();
        }
        return new Publication(d, p == null ? newListVersion(change, d) : newListVersion(change, d, p), superseded);
    }

    /**
     * What a publication did: the new list version, and the version it superseded, if any; both
     * null when the designation had been published already and nothing was done.
     */
    public record Publication(Designation designation, ListVersionRow listVersion, UUID superseded) {}

    /**
     * Why the designation cannot be revoked now: every unmet item of rule REVOCATION_PROOF for the
     * revocation pending (or, with none pending, for one citing no evidence).
     */
    public List<Problem> revocationBlockers(UUID id) {
        Designation d = designations.find(id).orElseThrow(() -> new NotFoundException("Designation " + id));
        return d.revocationBlockers(revocationFacts(Optional.empty()));
    }

    /** The policies a revocation of this designation must show verified repealed. */
    public List<StatePolicy> policiesToRepeal(Designation d) {
        return d.policiesToRepeal(revocationFacts(Optional.empty())).stream()
                .flatMap(p -> policies.find(p).stream())
                .toList();
    }

    /**
     * A regulator (or senior regulator) asks for revocation on the merits, citing evidence from
     * the library per requirement; refused with 409 listing every unmet item. A senior regulator
     * other than the proposer decides.
     */
    public Designation proposeRevocation(
            Actor actor, UUID id, String reason, java.util.Map<String, ? extends java.util.Collection<UUID>> evidence) {
        requireProposer(actor);
        Designation d = get(Optional.of(actor), id);
        d.require(DesignationAction.PROPOSE_REVOCATION, actor);
        Snapshot before = d.snapshot();
        d.proposeRevocation(reason, evidence, revocationFacts(Optional.of(actor)), actor.username(), clock.instant());
        audit.record(
                actor,
                "designation.revocation-proposed",
                ENTITY,
                d.id().toString(),
                before,
                d.snapshot()
                        .and("reason", reason)
                        .and(
                                "evidence",
                                String.valueOf(d.pending().orElseThrow().evidence())));
        process.reviewedInForce(id, actor.username(), ReviewDecision.REVOKE);
        return d;
    }

    /** A withdrawal for error: a reason and a legal basis; a senior regulator other than the proposer decides. */
    public Designation proposeWithdrawal(Actor actor, UUID id, String reason, String legalBasis) {
        requireProposer(actor);
        Designation d = get(Optional.of(actor), id);
        d.require(DesignationAction.PROPOSE_WITHDRAWAL, actor);
        Snapshot before = d.snapshot();
        d.proposeWithdrawal(reason, legalBasis, actor.username(), clock.instant());
        audit.record(
                actor,
                "designation.withdrawal-proposed",
                ENTITY,
                d.id().toString(),
                before,
                d.snapshot().and("reason", reason).and("withdrawalLegalBasis", legalBasis));
        process.reviewedInForce(id, actor.username(), ReviewDecision.WITHDRAW);
        return d;
    }

    /**
     * Checks, before the process moves, that this person may decide the pending revocation or
     * withdrawal: a senior regulator (403) who did not ask for it (403, FOUR_EYES), and that one
     * of that kind is pending (409).
     */
    private Designation requireDecider(Actor actor, UUID id, PendingDecision.Kind kind) {
        if (!actor.has(Role.SENIOR_REGULATOR)) {
            throw new ForbiddenActionException(
                    "FOUR_EYES: only a senior regulator decides a " + kind.noun() + " of a designation");
        }
        Designation d = get(Optional.of(actor), id);
        d.require(
                kind == PendingDecision.Kind.REVOCATION
                        ? DesignationAction.DECIDE_REVOCATION
                        : DesignationAction.DECIDE_WITHDRAWAL,
                actor);
        return d;
    }

    /** The engine's four-eyes check on a revocation or withdrawal decision task. */
    public void requireIndependentDecider(UUID id, String decider) {
        designations
                .find(id)
                .orElseThrow(() -> new NotFoundException("Designation " + id))
                .requireIndependentDecider(decider);
    }

    /**
     * A senior regulator who did not ask decides the revocation. Approved, the process's gateway
     * asks the aggregate again; if the proof no longer holds, everything is rolled back (409).
     */
    public Designation decideRevocation(Actor actor, UUID id, boolean approved, String comment) {
        Designation d = decide(actor, id, PendingDecision.Kind.REVOCATION, approved, comment);
        if (approved && d.status() != DesignationStatus.REVOKED) {
            // The gateway found the proof incomplete: refuse rather than leave it half-decided.
            throw new ConflictException(
                    "A designation is revoked only with the proof an exception release needs for its regions",
                    revocationBlockers(id));
        }
        return d;
    }

    public Designation decideWithdrawal(Actor actor, UUID id, boolean approved, String comment) {
        return decide(actor, id, PendingDecision.Kind.WITHDRAWAL, approved, comment);
    }

    private Designation decide(Actor actor, UUID id, PendingDecision.Kind kind, boolean approved, String comment) {
        Designation d = requireDecider(actor, id, kind);
        if (!approved) {
            refuse(actor, id, kind, comment);
        }
        process.pendingDecided(id, kind, actor.username(), approved);
        return d;
    }

    /** The decider refuses the pending revocation or withdrawal; the designation stays in force. */
    private Designation refuse(Actor actor, UUID id, PendingDecision.Kind kind, String comment) {
        Designation d = requireDecider(actor, id, kind);
        Snapshot before = d.snapshot();
        d.refusePending(kind, actor.username(), comment, clock.instant());
        audit.record(
                actor,
                "designation." + kind.noun() + "-refused",
                ENTITY,
                d.id().toString(),
                before,
                d.snapshot().and("comment", comment));
        return d;
    }

    /** Revokes (run by the process once its gateway saw the proof complete); checks it all again. */
    public ListVersionRow revoke(String username, UUID id) {
        Designation d = designations.find(id).orElseThrow(() -> new NotFoundException("Designation " + id));
        Snapshot before = d.snapshot();
        PendingDecision pending = d.pending().orElse(null);
        Designation.RevocationFacts facts = revocationFacts(Optional.empty());
        List<String> policyProof = d.policiesToRepeal(facts).stream()
                .map(p -> p + "=" + facts.policyStatus().apply(p))
                .toList();
        d.revoke(facts, username, today(), clock.instant());
        audit.recordSystem(
                "designation.revoked",
                ENTITY,
                d.id().toString(),
                before,
                d.snapshot()
                        .and("by", username)
                        .and("proposedBy", pending == null ? null : pending.by())
                        .and("reason", pending == null ? null : pending.reason())
                        .and("policies", policyProof)
                        .and("evidence", pending == null ? null : String.valueOf(pending.evidence())));
        return newListVersion("Revoked " + d.title() + " (version " + d.version() + ")", d);
    }

    /** Withdraws for error (run by the process after the senior regulator's approval). */
    public ListVersionRow withdraw(String username, UUID id) {
        Designation d = designations.find(id).orElseThrow(() -> new NotFoundException("Designation " + id));
        Snapshot before = d.snapshot();
        PendingDecision pending = d.pending().orElse(null);
        d.withdraw(username, today(), clock.instant());
        audit.recordSystem(
                "designation.withdrawn",
                ENTITY,
                d.id().toString(),
                before,
                d.snapshot()
                        .and("by", username)
                        .and("proposedBy", pending == null ? null : pending.by())
                        .and("reason", pending == null ? null : pending.reason())
                        .and("withdrawalLegalBasis", pending == null ? null : pending.legalBasis()));
        return newListVersion(
                "Withdrawn for error: " + d.title() + " (version " + d.version() + ")"
                        + (pending == null ? "" : " — " + abbreviate(pending.legalBasis())),
                d);
    }

    // --- no silent lapse -----------------------------------------------------------------------

    /** The lapse review, open from the lead time before its last day: LAPSE (recorded then) or EXTEND. */
    public Designation reviewLapse(
            Actor actor, UUID id, LapseDecision decision, LocalDate effectiveTo, String comment) {
        process.requireLapseReviewOpen(id);
        Designation d = decision == LapseDecision.LAPSE
                ? decideLapse(actor, id, comment)
                : extend(actor, id, effectiveTo, comment);
        process.lapseReviewed(id, actor.username(), decision);
        return d;
    }

    /** Whether a lapse review of this designation is open now. */
    public boolean lapseReviewOpen(UUID id) {
        return process.lapseReviewOpen(id);
    }

    /** The lapse review decides to let it lapse after its last day. */
    private Designation decideLapse(Actor actor, UUID id, String comment) {
        requireRegulator(actor);
        Designation d = get(Optional.of(actor), id);
        d.require(DesignationAction.REVIEW_LAPSE, actor);
        Snapshot before = d.snapshot();
        d.decideLapse(actor.username(), comment, clock.instant());
        audit.record(
                actor,
                "designation.lapse-decided",
                ENTITY,
                d.id().toString(),
                before,
                d.snapshot().and("comment", comment));
        return d;
    }

    /** The lapse review keeps it in force, to a later last day or open-ended; a new list version. */
    private Designation extend(Actor actor, UUID id, LocalDate effectiveTo, String comment) {
        requireRegulator(actor);
        Designation d = get(Optional.of(actor), id);
        d.require(DesignationAction.REVIEW_LAPSE, actor);
        Snapshot before = d.snapshot();
        d.extend(effectiveTo, actor.username(), comment, today(), clock.instant());
        audit.record(
                actor,
                "designation.extended",
                ENTITY,
                d.id().toString(),
                before,
                d.snapshot().and("comment", comment));
        newListVersion(
                "Extended " + d.title() + " (version " + d.version() + ") to "
                        + (effectiveTo == null ? "no end date" : effectiveTo),
                d);
        return d;
    }

    /** Nobody decided by its last day: it stays in force to {@code until} (run by the process). */
    public void holdPendingLapseReview(UUID id, LocalDate until) {
        Designation d = designations.find(id).orElseThrow(() -> new NotFoundException("Designation " + id));
        Snapshot before = d.snapshot();
        LocalDate old = d.effectiveTo();
        d.holdPendingLapseReview(until, clock.instant());
        if (!java.util.Objects.equals(old, d.effectiveTo())) {
            audit.recordSystem("designation.lapse-review-overdue", ENTITY, d.id().toString(), before, d.snapshot());
            newListVersion(
                    "Kept " + d.title() + " (version " + d.version() + ") in force to " + until
                            + ": its lapse was not reviewed in time",
                    d);
        }
    }

    /**
     * Records the decided lapse once its last day has passed (run by the process): a new list
     * version, or none when the lapse was recorded already.
     */
    public Optional<ListVersionRow> lapse(UUID id) {
        Designation d = designations.find(id).orElseThrow(() -> new NotFoundException("Designation " + id));
        Snapshot before = d.snapshot();
        if (!d.lapse(today(), clock.instant())) {
            return Optional.empty();
        }
        audit.recordSystem("designation.lapsed", ENTITY, d.id().toString(), before, d.snapshot());
        return Optional.of(
                newListVersion("Lapsed " + d.title() + " (version " + d.version() + ") after " + d.effectiveTo(), d));
    }

    /**
     * The list is read through the sectors its designations name, so a sector now covering other
     * goods changes what the list catches: that is a new list version, as any other change to the
     * list is. Every node then rebuilds its screening index (it follows the list's number), and
     * entries not yet arrived are screened again. A sector no public designation names changes
     * nothing on the list.
     */
    public void sectorScopeChanged(@Observes SectorScopeChanged changed) {
        if (designations.anyNames(changed.code(), DesignationStatus.PUBLIC)) {
            newListVersion("Sector " + changed.code() + " now covers HS " + hs(changed.after()) + " (was "
                    + hs(changed.before()) + ")");
        }
    }

    private static String hs(List<String> prefixes) {
        return prefixes.isEmpty() ? "nothing" : String.join(", ", prefixes);
    }

    /** Its last day in force, for the process's lapse timers; empty when open-ended or no longer in force. */
    public Optional<LocalDate> lastDay(UUID id) {
        return designations
                .find(id)
                .filter(d -> d.status() == DesignationStatus.PUBLISHED)
                .map(Designation::effectiveTo);
    }

    /** Whether a regulator decided to let it lapse. */
    public boolean lapseDecided(UUID id) {
        return designations.find(id).map(Designation::lapseDecidedBy).isPresent();
    }

    private Designation.RevocationFacts revocationFacts(Optional<Actor> citing) {
        List<Designation.RegisteredPolicy> registry = policies.findAll().stream()
                .map(p -> new Designation.RegisteredPolicy(p.id(), p.status(), p.regionCodes()))
                .toList();
        return new Designation.RevocationFacts(
                this::policyStatus,
                registry,
                (inner, outer) -> {
                    Optional<org.onus.core.geography.Region> a = regions.find(inner);
                    Optional<org.onus.core.geography.Region> b = regions.find(outer);
                    return a.isPresent() && b.isPresent() ? a.get().isWithin(b.get()) : inner.equals(outer);
                },
                e -> evidence.find(e)
                        .filter(item -> citing.map(item::visibleTo).orElse(true))
                        .map(org.onus.core.evidence.EvidenceItem::type)
                        .orElse(null));
    }

    private static String abbreviate(String s) {
        return s == null || s.length() <= 300 ? s : s.substring(0, 299) + "…";
    }

    /** A periodic (or requested) review found the designation still right. */
    public Designation confirm(Actor actor, UUID id, String comment) {
        Designation d = recordReview(actor, id, comment);
        process.reviewedInForce(id, actor.username(), ReviewDecision.CONFIRM);
        return d;
    }

    private Designation recordReview(Actor actor, UUID id, String comment) {
        requireRegulator(actor);
        Designation d = get(Optional.of(actor), id);
        d.require(DesignationAction.CONFIRM, actor);
        d.recordReview(actor.username(), comment, clock.instant());
        audit.record(
                actor,
                "designation.reviewed",
                ENTITY,
                d.id().toString(),
                Snapshot.NONE,
                Snapshot.of("comment", comment));
        return d;
    }

    // --- the entity list -----------------------------------------------------------------------

    /**
     * The published designation of a series that lists a producer by this name (compared
     * normalised), for anyone: what a removal request is about.
     */
    public Optional<Listing> listing(UUID designationId, String producerName) {
        String wanted = ListedProducer.normalise(producerName);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return designations
                .find(designationId)
                .flatMap(d -> designations.series(d.seriesId()).stream()
                        .filter(v -> v.status() == DesignationStatus.PUBLISHED)
                        .findFirst())
                .flatMap(d -> d.producers().stream()
                        .filter(p -> p.normalisedName().equals(wanted)
                                || ListedProducer.normalise(p.name()).equals(wanted))
                        .findFirst()
                        .map(p -> new Listing(d.id(), d.seriesId(), d.title(), p.name(), p.normalisedName())));
    }

    /** A producer as one published designation lists it. */
    public record Listing(UUID designationId, UUID seriesId, String title, String name, String normalisedName) {}

    /**
     * Takes a listed producer off the published designation of its series and makes a new list
     * version: run only for a removal request granted under four eyes.
     */
    public ListVersionRow delist(
            UUID seriesId, String normalisedName, String request, String proposedBy, String approvedBy) {
        Designation d = designations.series(seriesId).stream()
                .filter(v -> v.status() == DesignationStatus.PUBLISHED)
                .findFirst()
                .orElseThrow(() -> new ConflictException(
                        "The designation naming this producer is no longer published",
                        List.of(new Problem("designationId", "No published version of this designation"))));
        Snapshot before = d.snapshot();
        ListedProducer delisted = d.delist(normalisedName, request, approvedBy, clock.instant());
        audit.recordSystem(
                "designation.producer-delisted",
                ENTITY,
                d.id().toString(),
                before,
                d.snapshot()
                        .and("producer", delisted.name())
                        .and("removalRequest", request)
                        .and("proposedBy", proposedBy)
                        .and("approvedBy", approvedBy));
        return newListVersion(
                "Removed " + delisted.name() + " from " + d.title() + " (version " + d.version()
                        + ") on removal request " + request,
                d);
    }

    /**
     * Makes a list version that changes no designation, to publish a decision on a removal request
     * that kept the producer listed: every decision is published with a list version of its own.
     */
    public ListVersionRow publishDecision(String change) {
        return newListVersion(change);
    }

    /** The number of the latest list version (0 before the first). */
    public int latestListNumber() {
        return designations.latestListNumber();
    }

    // --- the list ------------------------------------------------------------------------------

    /** The number of the latest list version; 0 before the first publication. */
    public int latestListVersionNumber() {
        return designations.latestListNumber();
    }

    /** One page of the list versions, newest first, without reading what each lists. */
    public ListVersionPage listVersionPage(int offset, int limit) {
        return designations.listVersionRows(Math.max(0, offset), Math.max(1, limit));
    }

    public DesignationListVersion listVersion(int number) {
        return designations
                .listVersion(number)
                .orElseThrow(() -> new NotFoundException("Designation list version " + number));
    }

    /** The latest list version's number and publication time, without reading what it lists. */
    public Optional<ListStamp> latestListStamp() {
        return designations.latestListStamp();
    }

    public ListDiff diff(int from, int to) {
        return ListDiff.between(listVersion(from), listVersion(to));
    }

    /**
     * A new list version for a change to the designations named (none for a change that alters no
     * designation's listing, such as a sector's scope or a decision published with the list): the
     * caller names every designation whose status, period or producers it changed, and the
     * repository checks that the list then holds exactly the designations in force.
     */
    private ListVersionRow newListVersion(String change, Designation... changed) {
        DesignationListVersion v =
                DesignationListVersion.numbered(designations.latestListNumber() + 1, clock.instant(), change);
        long listed = designations.storeChange(v, List.of(changed));
        audit.recordSystem(
                "designation-list.published",
                "DesignationList",
                Integer.toString(v.number()),
                Snapshot.NONE,
                Snapshot.of("change", change).and("designations", listed));
        listChanged.fire(new DesignationListChanged(v.number(), change));
        return new ListVersionRow(v.number(), v.publishedAt(), v.change(), Math.toIntExact(listed));
    }

    private Optional<Designation> predecessor(Designation d) {
        return d.supersedes() == null ? Optional.empty() : designations.find(d.supersedes());
    }

    private PolicyStatus policyStatus(UUID policyId) {
        return policies.find(policyId).map(StatePolicy::status).orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private DesignationAssembler.References references() {
        return new DesignationAssembler.References(
                code -> regions.find(code).filter(r -> !r.retired()).isPresent(),
                code -> sectors.find(code).isPresent(),
                id -> policies.find(id).isPresent());
    }

    static boolean mayReadUnpublished(Actor actor) {
        return actor.has(Role.REGULATOR) || actor.has(Role.SENIOR_REGULATOR) || actor.has(Role.AUDITOR);
    }

    private static void requireReader(Actor actor) {
        if (!mayReadUnpublished(actor)) {
            throw new ForbiddenActionException("Only regulators and auditors see designations before publication");
        }
    }

    private static void requireRegulator(Actor actor) {
        if (!actor.has(Role.REGULATOR)) {
            throw new ForbiddenActionException("Only regulators draft and maintain designations");
        }
    }

    private static void requireProposer(Actor actor) {
        if (!actor.has(Role.REGULATOR) && !actor.has(Role.SENIOR_REGULATOR)) {
            throw new ForbiddenActionException("Only regulators ask for a revocation or withdrawal");
        }
    }

    private static void requireSenior(Actor actor) {
        if (!actor.has(Role.SENIOR_REGULATOR)) {
            throw new ForbiddenActionException("Only senior regulators approve or return designations");
        }
    }
}
