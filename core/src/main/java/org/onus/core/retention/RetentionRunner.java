package org.onus.core.retention;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.Snapshot;
import org.onus.core.identity.Actor;

/**
 * Runs one rule in a transaction of its own: what it removes, its run record and its audit event
 * commit together or not at all, and a failing rule does not hold back the others.
 */
@Stateless
public class RetentionRunner {

    /** Audit actions. */
    public static final String RUN = "retention.run";

    public static final String FAILED = "retention.failed";

    /** The audit trail's entity type of a rule's runs. */
    public static final String ENTITY = "RetentionRule";

    @PersistenceContext(unitName = "onus")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** @param actor who asked for the run, or null for the daily schedule */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RetentionRun run(RetentionRule rule, Instant now, Actor actor) {
        RetentionPeriod period = rule.period();
        Removal removal = rule.apply(now);
        RetentionRun run = RetentionRun.completed(rule.name(), period, now, clock.instant(), by(actor), removal);
        em.persist(run);
        Snapshot after = Snapshot.of("run", run.id())
                .and("rule", rule.name())
                .and("period", period.text())
                .and("cutoff", removal.cutoff())
                .and("removed", removal.removed())
                .and("ids", removal.ids());
        for (var count : removal.counts().entrySet()) {
            after = after.and("count." + count.getKey(), count.getValue());
        }
        record(actor, RUN, rule.name(), after);
        return run;
    }

    /** Records a rule's failure (its own changes were rolled back). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public RetentionRun failed(String rule, String period, Instant cutoff, Instant now, Actor actor, String error) {
        RetentionRun run = RetentionRun.failed(rule, period, cutoff, now, clock.instant(), by(actor), error);
        em.persist(run);
        record(
                actor,
                FAILED,
                rule,
                Snapshot.of("run", run.id())
                        .and("rule", rule)
                        .and("period", period)
                        .and("cutoff", cutoff)
                        .and("error", run.error()));
        return run;
    }

    /** The most recent runs, newest first. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<RetentionRun> recent(int limit) {
        return em.createQuery("select r from RetentionRun r order by r.startedAt desc, r.rule", RetentionRun.class)
                .setMaxResults(limit)
                .getResultList();
    }

    private void record(Actor actor, String action, String rule, Snapshot after) {
        if (actor == null) {
            audit.recordSystem(action, ENTITY, rule, Snapshot.NONE, after);
        } else {
            audit.record(actor, action, ENTITY, rule, Snapshot.NONE, after);
        }
    }

    private static String by(Actor actor) {
        return actor == null ? AuditTrail.SYSTEM : actor.username();
    }
}
