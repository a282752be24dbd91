package org.onus.core.decisiontable;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.Snapshot;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.InvalidInputException;
import org.onus.core.problem.NotFoundException;
import org.onus.core.problem.Problem;

/**
 * Changing a decision table under four eyes: a regulator proposes rows made from the current
 * version, a different regulator approves (the rows are deployed as a new version in the same
 * transaction) or rejects. Regulators, customs and auditors read every version. Audited.
 */
@Stateless
public class DecisionTableService {

    static final String ENTITY = "DecisionTableProposal";

    @PersistenceContext(unitName = "onus")
    EntityManager entityManager;

    @Inject
    DecisionTables tables;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    public static ChangeableTable table(String key) {
        return ChangeableTable.byKey(key).orElseThrow(() -> new NotFoundException("Decision table " + key));
    }

    public List<TableVersion> versions(Actor reader, String key) {
        requireReader(reader);
        return tables.versions(table(key));
    }

    public TableVersion latest(Actor reader, String key) {
        requireReader(reader);
        ChangeableTable table = table(key);
        return tables.latest(table).orElseThrow(() -> new NotFoundException("Decision table " + key));
    }

    public List<DecisionTableProposal> proposals(Actor reader, String key) {
        requireReader(reader);
        return entityManager
                .createNamedQuery("DecisionTableProposal.byTable", DecisionTableProposal.class)
                .setParameter("key", table(key).key())
                .getResultList();
    }

    public DecisionTableProposal propose(Actor actor, String key, List<List<String>> rows, String reason) {
        requireRegulator(actor);
        ChangeableTable table = table(key);
        TableVersion current = tables.latest(table).orElseThrow(() -> new NotFoundException("Decision table " + key));
        String why = reason == null ? "" : reason.strip();
        List<Problem> problems =
                new java.util.ArrayList<>(table.problems(current.columns().size(), rows));
        if (why.isEmpty() || why.length() > 2000) {
            problems.add(new Problem("reason", "Say why the table changes, at most 2,000 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<List<String>> clean =
                rows.stream().map(r -> r.stream().map(String::strip).toList()).toList();
        DecisionTableProposal p =
                DecisionTableProposal.propose(table, current.version(), clean, why, actor.username(), clock.instant());
        entityManager.persist(p);
        audit.record(actor, "decision-table.proposed", ENTITY, p.id().toString(), Snapshot.NONE, p.snapshot());
        return p;
    }

    /** Another regulator approves: the rows become the table's next version at once. */
    public DecisionTableProposal approve(Actor actor, String key, UUID id) {
        requireRegulator(actor);
        DecisionTableProposal p = find(key, id);
        Snapshot before = p.snapshot();
        int current = tables.latest(p.table()).map(TableVersion::version).orElse(0);
        p.approve(actor.username(), clock.instant(), current);
        p.deployedAs(tables.deploy(p.table(), p.rows()));
        audit.record(actor, "decision-table.approved", ENTITY, p.id().toString(), before, p.snapshot());
        return p;
    }

    public DecisionTableProposal reject(Actor actor, String key, UUID id) {
        requireRegulator(actor);
        DecisionTableProposal p = find(key, id);
        Snapshot before = p.snapshot();
        p.reject(actor.username(), clock.instant());
        audit.record(actor, "decision-table.rejected", ENTITY, p.id().toString(), before, p.snapshot());
        return p;
    }

    private DecisionTableProposal find(String key, UUID id) {
        ChangeableTable table = table(key);
        DecisionTableProposal p = id == null ? null : entityManager.find(DecisionTableProposal.class, id);
        if (p == null || p.table() != table) {
            throw new NotFoundException("Proposal " + id);
        }
        return p;
    }

    private static void requireRegulator(Actor actor) {
        if (!actor.has(Role.REGULATOR) && !actor.has(Role.SENIOR_REGULATOR)) {
            throw new ForbiddenActionException("Only regulators change decision tables");
        }
    }

    private static void requireReader(Actor actor) {
        if (!actor.has(Role.REGULATOR)
                && !actor.has(Role.SENIOR_REGULATOR)
                && !actor.isCustoms()
                && !actor.has(Role.ADMIN)) {
            throw new ForbiddenActionException("Regulators, customs and auditors read decision tables");
        }
    }
}
