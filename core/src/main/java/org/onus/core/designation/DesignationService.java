package org.onus.core.designation;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
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
import org.onus.core.problem.NotFoundException;
import org.onus.core.problem.Problem;
import org.onus.core.sector.SectorService;

/**
 * The rules of a designation's life, checked here whatever calls them: the designation lifecycle
 * process, the REST API and the pages. The process engine decides when things happen; this
 * service decides whether they may.
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
    Clock clock;

    // --- reading -------------------------------------------------------------------------------

    /** The designations in force on a day (for a future day: also those approved to take effect). */
    public List<Designation> effectiveOn(LocalDate day) {
        EnumSet<DesignationStatus> statuses = EnumSet.copyOf(DesignationStatus.PUBLIC);
        if (day.isAfter(today())) {
            statuses.add(DesignationStatus.APPROVED);
        }
        return designations.effectiveOn(day, statuses);
    }

    /** Everything, for regulators; a designation not yet published is theirs alone. */
    public List<Designation> all(Actor actor) {
        requireReader(actor);
        return designations.findAll();
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

    public List<StatePolicy> policiesOf(Designation d) {
        return d.policyIds().stream().flatMap(id -> policies.find(id).stream()).toList();
    }

    // --- drafting ------------------------------------------------------------------------------

    public Designation draft(Actor actor, Designation.Description description) {
        requireRegulator(actor);
        Designation d = Designation.draft(description, references(), actor.username(), clock.instant());
        designations.store(d);
        audit.record(actor, "designation.drafted", ENTITY, d.id().toString(), Snapshot.NONE, d.snapshot());
        return d;
    }

    public Designation redescribe(Actor actor, UUID id, Long expectedLockVersion, Designation.Description description) {
        requireRegulator(actor);
        Designation d = get(Optional.of(actor), id);
        if (expectedLockVersion != null && d.lockVersion() != expectedLockVersion) {
            throw new ConflictException(
                    "Someone else changed this designation while you were editing it; reload it and apply your change again");
        }
        Snapshot before = d.snapshot();
        d.redescribe(description, references(), actor.username(), clock.instant());
        audit.record(actor, "designation.changed", ENTITY, d.id().toString(), before, d.snapshot());
        return d;
    }

    public Designation assess(Actor actor, UUID id, RiskAssessment assessment) {
        requireRegulator(actor);
        Designation d = get(Optional.of(actor), id);
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

    public Designation amend(Actor actor, UUID id) {
        requireRegulator(actor);
        Designation current = get(Optional.of(actor), id);
        Optional<Designation> open = designations.series(current.seriesId()).stream()
                .filter(v -> OPEN.contains(v.status()))
                .findFirst();
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
        Snapshot before = d.snapshot();
        d.submit(actor.username(), clock.instant());
        audit.record(actor, "designation.submitted", ENTITY, d.id().toString(), before, d.snapshot());
        return d;
    }

    public Designation approve(Actor actor, UUID id) {
        requireSenior(actor);
        Designation d = get(Optional.of(actor), id);
        Snapshot before = d.snapshot();
        d.approve(actor.username(), clock.instant());
        // Lists for dates after the new version takes effect must not show the old one as well.
        predecessor(d).ifPresent(p -> p.endBefore(d.effectiveFrom()));
        audit.record(actor, "designation.approved", ENTITY, d.id().toString(), before, d.snapshot());
        return d;
    }

    public Designation returnToDrafter(Actor actor, UUID id, String comment) {
        requireSenior(actor);
        Designation d = get(Optional.of(actor), id);
        Snapshot before = d.snapshot();
        d.returnToDrafter(actor.username(), comment, clock.instant());
        audit.record(
                actor,
                "designation.returned",
                ENTITY,
                d.id().toString(),
                before,
                d.snapshot().and("comment", comment));
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
        d.publish(today(), clock.instant());
        audit.recordSystem("designation.published", ENTITY, d.id().toString(), before, d.snapshot());
        String change = "Published " + d.title() + " (version " + d.version() + ")";
        Optional<Designation> predecessor = predecessor(d);
        UUID superseded = null;
        if (predecessor.isPresent() && predecessor.get().status() == DesignationStatus.PUBLISHED) {
            Designation p = predecessor.get();
            Snapshot pBefore = p.snapshot();
            p.supersede(d, clock.instant());
            audit.recordSystem("designation.superseded", ENTITY, p.id().toString(), pBefore, p.snapshot());
            change += ", superseding version " + p.version();
            superseded = p.id();
        }
        return new Publication(d, newListVersion(change), superseded);
    }

    /** What a publication did: the new list version, and the version it superseded, if any. */
    public record Publication(Designation designation, DesignationListVersion listVersion, UUID superseded) {}

    /** Why a designation cannot be revoked yet: each linked policy not verified repealed. */
    public List<Problem> revocationBlockers(UUID id) {
        Designation d = designations.find(id).orElseThrow(() -> new NotFoundException("Designation " + id));
        return d.revocationBlockers(this::policyStatus);
    }

    /** Checks a revocation the way {@link #revoke} will, without changing anything. */
    public void requireRevocable(Actor actor, UUID id, String reason) {
        requireRegulator(actor);
        Designation d = get(Optional.of(actor), id);
        if (d.status() != DesignationStatus.PUBLISHED) {
            throw new ConflictException(
                    "Only a published designation can be revoked; this one is " + d.status(),
                    List.of(new Problem("status", "The designation is " + d.status())));
        }
        if (reason == null || reason.isBlank()) {
            throw org.onus.core.problem.InvalidInputException.of("reason", "Say why the designation is revoked");
        }
        List<Problem> blockers = d.revocationBlockers(this::policyStatus);
        if (!blockers.isEmpty()) {
            throw new ConflictException(
                    "A designation is revoked only when every linked state policy is verified repealed", blockers);
        }
    }

    /** Withdraws a published designation (run by the process after the engine's own check). */
    public DesignationListVersion revoke(String username, UUID id, String reason) {
        Designation d = designations.find(id).orElseThrow(() -> new NotFoundException("Designation " + id));
        Snapshot before = d.snapshot();
        d.revoke(reason, this::policyStatus, username, today(), clock.instant());
        audit.recordSystem(
                "designation.revoked",
                ENTITY,
                d.id().toString(),
                before,
                d.snapshot().and("by", username).and("reason", reason));
        return newListVersion("Revoked " + d.title() + " (version " + d.version() + ")");
    }

    public Designation recordReview(Actor actor, UUID id, String comment) {
        requireRegulator(actor);
        Designation d = get(Optional.of(actor), id);
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

    // --- the list ------------------------------------------------------------------------------

    public List<DesignationListVersion> listVersions() {
        return designations.listVersions();
    }

    public DesignationListVersion listVersion(int number) {
        return designations
                .listVersion(number)
                .orElseThrow(() -> new NotFoundException("Designation list version " + number));
    }

    public Optional<DesignationListVersion> latestListVersion() {
        int n = designations.latestListNumber();
        return n == 0 ? Optional.empty() : designations.listVersion(n);
    }

    public ListDiff diff(int from, int to) {
        return ListDiff.between(listVersion(from), listVersion(to));
    }

    private DesignationListVersion newListVersion(String change) {
        DesignationListVersion v = DesignationListVersion.of(
                designations.latestListNumber() + 1,
                clock.instant(),
                change,
                designations.withStatus(EnumSet.of(DesignationStatus.PUBLISHED)));
        designations.store(v);
        audit.recordSystem(
                "designation-list.published",
                "DesignationList",
                Integer.toString(v.number()),
                Snapshot.NONE,
                Snapshot.of("change", change).and("designations", v.entries().size()));
        listChanged.fire(new DesignationListChanged(v.number(), change));
        return v;
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

    private Designation.References references() {
        return new Designation.References(
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

    private static void requireSenior(Actor actor) {
        if (!actor.has(Role.SENIOR_REGULATOR)) {
            throw new ForbiddenActionException("Only senior regulators approve or return designations");
        }
    }
}
