package org.onus.core.bulk;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.onus.core.audit.AuditTrail;
import org.onus.core.audit.Snapshot;
import org.onus.core.entry.EntryStatus;
import org.onus.core.identity.Actor;
import org.onus.core.identity.Role;
import org.onus.core.problem.ForbiddenActionException;
import org.onus.core.problem.NotFoundException;

/**
 * Bulk jobs as stored. Every change commits on its own, so that the progress a person watches is
 * the progress made, whatever the job's own work is doing.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BulkJobs {

    static final String ENTITY = "BulkJob";

    @PersistenceContext(unitName = "onus")
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    ThisNode node;

    public BulkJob create(Actor actor, String fileName) {
        if (!actor.has(Role.IMPORTER)) {
            throw new ForbiddenActionException("Only importers upload entries");
        }
        String org = actor.organisationCode()
                .orElseThrow(() -> new ForbiddenActionException(
                        "Your account has no organisation; ask an administrator to add one in the identity provider"));
        BulkJob job = new BulkJob(UUID.randomUUID(), org, actor.username(), fileName, node.name(), clock.instant());
        em.persist(job);
        audit.record(
                actor,
                "bulk-job.created",
                ENTITY,
                job.id().toString(),
                Snapshot.NONE,
                Snapshot.of("organisation", org).and("fileName", job.fileName()));
        return job;
    }

    /** A job the reader may see: their own organisation's; any other is 404, never 403. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public BulkJob get(Actor reader, UUID id) {
        BulkJob job = em.find(BulkJob.class, id);
        if (job == null
                || reader.organisationCode().isEmpty()
                || !reader.has(Role.IMPORTER)
                || !job.organisationCode().equals(reader.organisationCode().get())) {
            throw new NotFoundException("Bulk upload " + id);
        }
        job.errors(); // read inside the transaction: the caller gets the job detached
        return job;
    }

    /** The organisation's most recent jobs, newest first. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public List<BulkJob> recent(Actor reader, int limit) {
        if (reader.organisationCode().isEmpty() || !reader.has(Role.IMPORTER)) {
            return List.of();
        }
        return em.createQuery(
                        "select j from BulkJob j where j.organisationCode = :org order by j.createdAt desc",
                        BulkJob.class)
                .setParameter("org", reader.organisationCode().get())
                .setMaxResults(limit)
                .getResultList();
    }

    public void validating(UUID id) {
        job(id).validating();
    }

    public void checked(UUID id, int processed) {
        job(id).checked(processed);
    }

    public void reject(UUID id, List<BulkCsv.LineError> errors, int count) {
        job(id).reject(errors, count, clock.instant());
    }

    public void filing(UUID id, int total) {
        job(id).filing(total);
    }

    /** Called inside the batch's own transaction, so the count and the entries commit together. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void filed(UUID id, int created, int unchanged, List<EntryStatus> outcomes) {
        job(id).filed(created, unchanged, outcomes);
    }

    public void done(UUID id) {
        job(id).done(clock.instant());
    }

    public void fail(UUID id, String why) {
        BulkJob job = job(id);
        job.fail(why, clock.instant());
    }

    /** Jobs that were running when the server stopped: no thread is working on them any more. */
    /**
     * Fails the jobs this node's previous life left running (see {@link BulkJob#interruptedOn}).
     *
     * @return their ids
     */
    public List<UUID> failInterrupted() {
        List<BulkJob> stuck = em
                .createQuery(
                        "select j from BulkJob j where j.status in :running and (j.runner is null or j.runner = :node)",
                        BulkJob.class)
                .setParameter("running", List.of(BulkJobStatus.QUEUED, BulkJobStatus.VALIDATING, BulkJobStatus.FILING))
                .setParameter("node", node.name())
                .getResultList()
                .stream()
                .filter(j -> j.interruptedOn(node.name()))
                .toList();
        for (BulkJob job : stuck) {
            String why = job.status() == BulkJobStatus.FILING
                    ? "The server stopped while filing: " + job.processed() + " of " + job.total()
                            + " entries were filed. Upload the same file again to file the rest; entries already"
                            + " filed are recognised and not filed twice."
                    : "The server stopped before the file was checked; nothing was filed. Upload the file again.";
            job.fail(why, clock.instant());
        }
        return stuck.stream().map(BulkJob::id).toList();
    }

    private BulkJob job(UUID id) {
        BulkJob job = em.find(BulkJob.class, id);
        if (job == null) {
            throw new NotFoundException("Bulk upload " + id);
        }
        return job;
    }
}
