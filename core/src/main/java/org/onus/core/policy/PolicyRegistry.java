package org.onus.core.policy;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.EntityHistory;
import org.onus.core.audit.Snapshot;
import org.onus.core.evidence.EvidenceItem;
import org.onus.core.evidence.EvidenceRepository;
import org.onus.core.geography.RegionDirectory;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.core.problem.Problem;

/** The registry of state policies: anyone reads it; regulators record policies and their status. */
@Stateless
public class PolicyRegistry {

    static final String ENTITY = "StatePolicy";

    @Inject
    PolicyRepository policies;

    @Inject
    RegionDirectory regions;

    @Inject
    EvidenceRepository evidence;

    @Inject
    AuditTrail audit;

    @Inject
    EntityHistory history;

    @Inject
    RepealEvidenceTable repealEvidence;

    @Inject
    Clock clock;

    public List<StatePolicy> all() {
        return policies.findAll();
    }

    public Optional<StatePolicy> find(UUID id) {
        return policies.find(id);
    }

    public StatePolicy get(UUID id) {
        return find(id).orElseThrow(() -> new NotFoundException("Policy " + id));
    }

    public List<EntityHistory.Version<StatePolicy>> history(UUID id) {
        return history.of(StatePolicy.class, get(id).id());
    }

    public StatePolicy record(Actor actor, StatePolicy.Description description) {
        requireRegulator(actor);
        StatePolicy policy = StatePolicy.enact(description, references(actor));
        policies.store(policy);
        audit.record(actor, "policy.recorded", ENTITY, policy.id().toString(), Snapshot.NONE, policy.snapshot());
        return policy;
    }

    public StatePolicy redescribe(Actor actor, UUID id, long expectedVersion, StatePolicy.Description description) {
        requireRegulator(actor);
        StatePolicy policy = get(id);
        if (policy.version() != expectedVersion) {
            throw new ConflictException(
                    "Someone else changed this policy while you were editing it; reload it and apply your change again");
        }
        Snapshot before = policy.snapshot();
        policy.redescribe(description, references(actor));
        audit.record(actor, "policy.changed", ENTITY, policy.id().toString(), before, policy.snapshot());
        return policy;
    }

    /**
     * Moves a policy's status with a reason and evidence the regulator can see. The policy itself
     * holds the rules (four eyes on a verified repeal, admissible evidence only, back to IN_FORCE
     * by one regulator); the audit trail records who moved it, why, and each cited item with its
     * type and the table's verdict.
     */
    public StatePolicy changeStatus(
            Actor actor, UUID id, String status, String reason, Collection<String> evidenceIds) {
        requireRegulator(actor);
        StatePolicy policy = get(id);
        PolicyStatus to;
        try {
            to = PolicyStatus.parse(status);
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("status", e.getMessage());
        }
        List<StatePolicy.CitedEvidence> cited = evidence(actor, evidenceIds);
        Snapshot before = policy.snapshot();
        List<String> judged = new java.util.ArrayList<>();
        RepealEvidenceTable recording = type -> {
            RepealEvidenceTable.Verdict verdict = repealEvidence.judge(type);
            judged.add(type + ": " + (verdict.admissible() ? "admissible" : "refused") + " – " + verdict.reason());
            return verdict;
        };
        PolicyStatusChange change =
                policy.changeStatus(to, reason, cited, StatePolicy.Mover.of(actor), recording, clock.instant());
        audit.record(
                actor,
                "policy.status-changed",
                ENTITY,
                policy.id().toString(),
                before,
                policy.snapshot()
                        .and("reason", change.reason())
                        .and("evidenceIds", change.evidenceIds())
                        .and(
                                "evidence",
                                cited.stream().map(c -> c.id() + " " + c.type()).toList())
                        .and("evidenceVerdicts", judged)
                        .and("claimedBy", policy.claimedBy().orElse(null)));
        return policy;
    }

    private List<StatePolicy.CitedEvidence> evidence(Actor actor, Collection<String> raw) {
        List<Problem> problems = new java.util.ArrayList<>();
        List<StatePolicy.CitedEvidence> cited = new java.util.ArrayList<>();
        for (String value : raw == null ? List.<String>of() : raw) {
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                UUID id = UUID.fromString(value.strip());
                Optional<EvidenceItem> item = evidence.find(id).filter(e -> e.visibleTo(actor));
                if (item.isEmpty()) {
                    problems.add(
                            new Problem("evidenceIds", "There is no evidence item " + value.strip() + " you may cite"));
                } else {
                    cited.add(new StatePolicy.CitedEvidence(id, item.get().type()));
                }
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("evidenceIds", "\"" + value.strip() + "\" is not an evidence id"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return cited;
    }

    private StatePolicy.References references(Actor actor) {
        return new StatePolicy.References(
                code -> regions.find(code).filter(r -> !r.retired()).isPresent(),
                id -> evidence.find(id).filter(e -> e.visibleTo(actor)).isPresent());
    }

    private static void requireRegulator(Actor actor) {
        if (!actor.has(Role.REGULATOR)) {
            throw new ForbiddenActionException("Only regulators maintain the policy registry");
        }
    }
}
